package nl.jobbranding.content.screening;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Careful (zorgvuldig), privacy first: personal data that makes people findable. Everything found is a warning, and
 * blocks approval for a sensitive unit; a citizen service number (BSN) always blocks.
 */
final class PersonalData {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final String PHONE_REGION = "NL";
    private static final String[] STREET_SUFFIXES_NL = {"straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dijk",
            "steeg", "dreef", "markt", "plantsoen", "burgwal", "hof", "pad", "baan", "ring"};
    private static final Set<String> STREET_WORDS_EN = Text.wordSet("street", "st", "road", "rd", "avenue", "ave", "lane", "drive",
            "close", "way", "square", "crescent", "terrace", "place");
    private static final java.util.regex.Pattern WEBMAIL = java.util.regex.Pattern.compile(
            "(^|\\.)(gmail|googlemail|hotmail|outlook|live|msn|yahoo|icloud|me|ziggo|kpnmail|kpnplanet|planet|xs4all|home|"
                    + "casema|chello|quicknet|tele2|hetnet|protonmail|proton|gmx|aol)\\.");
    private static final Set<String> EXCLUDED_POSTCODE_LETTERS = Text.wordSet("SA", "SD", "SS");

    /** The BSN check's window of digits: more than the eight before a number plus nine of its own. */
    private static final int DIGIT_RING = 32;
    private static final List<String> POSSESSIVES = List.of("'s", "’s", "s");
    /** A bare -s possessive (Annemieks) only after a name this long: "This" is not Thi's. */
    private static final int BARE_POSSESSIVE_STEM = 5;
    /** Titles written abbreviated, with a full stop before the surname ("dr. Visser"); "officer." ends a sentence. */
    private static final Set<String> ABBREVIATED_TITLES = Text.wordSet("mr", "mrs", "ms", "dr", "drs", "ir", "ing", "prof", "mevr",
            "dhr", "mw");
    /** Words a capital letter with a full stop labels that are not initials: "rijbewijs B.", "wing C.", "schaal B." */
    private static final Set<String> LETTER_LABELS = Text.wordSet("rijbewijs", "licence", "license", "categorie", "category",
            "klasse", "class", "type", "schaal", "scale", "groep", "group", "vleugel", "wing", "afdeling", "blok", "block",
            "paviljoen", "gebouw", "building", "hal", "zone", "niveau", "level", "fase", "phase", "vitamine", "vitamin", "optie",
            "option", "bijlage", "annex", "appendix", "route", "deel", "part", "plan", "sectie", "section", "unit");

    private final Set<String> firstNames;
    private final Set<String> surnames;

    PersonalData(Set<String> firstNames, Set<String> surnames) {
        this.firstNames = firstNames;
        this.surnames = surnames;
    }

    void scan(Text text, RuleSet rules, boolean sensitive, List<Set<String>> consented, List<Finding> out) {
        Severity personal = sensitive ? Severity.BLOCK : Severity.WARN;
        emails(text, rules, sensitive, out);
        citizenNumbers(text, rules, out);
        ibans(text, personal, out);
        List<Finding> places = new ArrayList<>();
        phones(text, personal, places, out);
        addresses(text, personal, places);
        for (Finding place : places) {
            if (!isOfficeContact(text, rules, place)) {
                out.add(place);
            }
        }
        names(text, rules, personal, consented, out);
        agesAfterNames(text, rules, personal, out);
        licencePlates(text, rules, personal, out);
        if (sensitive) {
            handles(text, rules, out);
        }
    }

    private void emails(Text text, RuleSet rules, boolean sensitive, List<Finding> out) {
        String s = text.value;
        for (int at = s.indexOf('@'); at >= 0; at = s.indexOf('@', at + 1)) {
            int start = at;
            while (start > 0 && isLocalPart(s.charAt(start - 1))) {
                start--;
            }
            int end = at + 1;
            while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '.' || s.charAt(end) == '-')) {
                end++;
            }
            while (end > at + 1 && s.charAt(end - 1) == '.') {
                end--;
            }
            int dot = end - 1;
            while (dot > at + 1 && s.charAt(dot) != '.') {
                dot--; // only inside the domain just read: a search back through the whole text made the scan quadratic
            }
            if (start == at || dot <= at + 1 || s.charAt(dot) != '.' || end - dot < 3) {
                continue;
            }
            String local = s.substring(start, at).toLowerCase(Locale.ROOT);
            String domain = s.substring(at + 1, end).toLowerCase(Locale.ROOT);
            boolean functional = isFunctionalMailbox(local, domain, rules);
            if (functional) {
                out.add(Finding.at(text, start, end, Finding.CAREFUL, "careful.email-address", Severity.INFO,
                        "Functioneel e-mailadres: controleer of het bedoeld is voor kandidaten.",
                        "A functional e-mail address: check that it is meant for candidates.", null, null));
            } else {
                out.add(Finding.at(text, start, end, Finding.CAREFUL, "careful.email-address",
                        sensitive ? Severity.BLOCK : Severity.WARN,
                        "Persoonlijk e-mailadres: maakt de medewerker vindbaar.",
                        "A personal e-mail address makes the employee findable.",
                        suggestion(rules, "Gebruik een functioneel adres, zoals werkenbij@…", "Use a functional address such as careers@…"),
                        null));
            }
        }
    }

    /**
     * A mailbox of an organisation (werkenbij@, jongerenwerk@, recruitment.it@) rather than of a person: not at a
     * webmail provider, no digits, no initial and no known first name in it, and a part that names a function.
     */
    private boolean isFunctionalMailbox(String local, String domain, RuleSet rules) {
        if (WEBMAIL.matcher(domain).find() || local.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        String[] parts = local.split("[._+-]");
        if (parts.length > 1 && parts[0].length() == 1) {
            return false;
        }
        boolean names = false;
        boolean function = false;
        for (String part : parts) {
            names |= firstNames.contains(part);
            for (String word : rules.functionalMailboxes) {
                function |= part.equals(word) || word.length() >= 4 && part.contains(word);
            }
        }
        return function && !names;
    }

    /**
     * An organisation's general number or office address is not personal data: its sentence speaks of the office or of
     * "us" (the team), and not of anyone's home.
     */
    private static boolean isOfficeContact(Text text, RuleSet rules, Finding place) {
        int first = text.firstTokenAtOrAfter(place.start());
        if (first >= text.tokens.size()) {
            return false;
        }
        Text.Token token = text.tokens.get(first);
        return text.sentenceHasAny(token, rules.officeContext) && !text.sentenceHasAny(token, rules.homeContext);
    }

    private static boolean isLocalPart(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    /**
     * Nine digits that pass the eleven-test, with a word such as "BSN" close by: an order number alone is not one. From
     * every number, the numbers after it joined by single spaces until they hold nine digits or more, as a window that
     * slides over a run of numbers: each number's digits are read into it once (they were read again, into a new
     * string, from each of the eight numbers before it: "7 7 7 ..." spent a third of its time there).
     */
    private static void citizenNumbers(Text text, RuleSet rules, List<Finding> out) {
        List<Text.Token> tokens = text.tokens;
        int[] ring = new int[DIGIT_RING]; // the window's digits from head on (only its first nine are ever tested)
        int head = 0;
        int count = 0; // the window's digits
        int last = -1; // the window is the numbers from i to last, when last >= i
        for (int i = 0; i < tokens.size(); i++) {
            Text.Token first = tokens.get(i);
            if (!first.number()) {
                continue;
            }
            if (last < i) {
                head = 0;
                count = digitsOf(first.lower(), ring, head, 0);
                last = i;
            } else {
                // The window started at the number before, which held fewer than nine digits: slide past it.
                int dropped = digitsOf(tokens.get(i - 1).lower(), null, 0, 0);
                head = (head + dropped) % DIGIT_RING;
                count -= dropped;
            }
            while (count < 9 && last + 1 < tokens.size() && tokens.get(last + 1).number()
                    && singleSpace(text, tokens.get(last), tokens.get(last + 1))) {
                last++;
                count = digitsOf(tokens.get(last).lower(), ring, head, count);
            }
            if (count != 9 || !elevenTest(ring, head) || !text.nearAny(first.start(), tokens.get(last).end(), 6, 3, rules.bsnContext)) {
                continue;
            }
            out.add(Finding.at(text, first.start(), tokens.get(last).end(), Finding.CAREFUL, "careful.citizen-service-number",
                    Severity.BLOCK, "Burgerservicenummer (BSN): hoort nooit in een verhaal.",
                    "A citizen service number (BSN) never belongs in a story.",
                    suggestion(rules, "Haal het nummer weg.", "Remove the number."), null));
            i = last;
        }
    }

    /** The eleven-test on the nine digits (each {@code c - '0'} of its character) in the ring from {@code head} on. */
    static boolean elevenTest(int[] ring, int head) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * ring[(head + i) % DIGIT_RING];
        }
        sum -= ring[(head + 8) % DIGIT_RING];
        return sum % 11 == 0 && sum != 0;
    }

    /** Two letters, two check digits and up to 30 letters or digits, written with or without spaces; mod-97 checked. */
    private static void ibans(Text text, Severity severity, List<Finding> out) {
        List<Text.Token> tokens = text.tokens;
        for (int i = 0; i < tokens.size(); i++) {
            Text.Token first = tokens.get(i);
            String v = text.value;
            int from = first.start();
            // Checked in place: a substring per word only for the few that start like an IBAN.
            if (first.end() - from < 4 || !Character.isUpperCase(v.charAt(from)) || !Character.isUpperCase(v.charAt(from + 1))
                    || !Character.isDigit(v.charAt(from + 2)) || !Character.isDigit(v.charAt(from + 3))) {
                continue;
            }
            String start = v.substring(from, first.end());
            if (!alphanumericUpper(start)) {
                continue;
            }
            StringBuilder iban = new StringBuilder(start);
            int best = iban.length() >= 15 && mod97(iban) ? i : -1;
            int last = i;
            while (iban.length() < 34 && last + 1 < tokens.size() && singleSpace(text, tokens.get(last), tokens.get(last + 1))) {
                Text.Token next = tokens.get(last + 1);
                String part = text.value.substring(next.start(), next.end());
                if (part.length() > 4 || !alphanumericUpper(part)) {
                    break;
                }
                iban.append(part);
                last++;
                if (iban.length() >= 15 && mod97(iban)) {
                    best = last;
                }
            }
            if (best >= 0) {
                out.add(Finding.at(text, first.start(), tokens.get(best).end(), Finding.CAREFUL, "careful.iban", severity,
                        "Bankrekeningnummer (IBAN): persoonsgegeven.", "A bank account number (IBAN) is personal data.", null, null));
                i = best;
            }
        }
    }

    private static boolean alphanumericUpper(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    static boolean mod97(CharSequence iban) {
        String rearranged = iban.subSequence(4, iban.length()).toString() + iban.subSequence(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            char c = rearranged.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            remainder = value > 9 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
        }
        return remainder == 1;
    }

    /**
     * Phone numbers in Dutch and international forms, found and validated by libphonenumber on runs of digits. A mobile
     * number is a person's, never an office's general number, so it goes straight to {@code mobiles}; the others to
     * {@code out}, where a sentence about the office may still clear them.
     */
    private static void phones(Text text, Severity severity, List<Finding> out, List<Finding> mobiles) {
        String s = text.value;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            boolean startsRun = (Character.isDigit(c) || c == '+' || c == '(')
                    && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)));
            if (!startsRun) {
                i++;
                continue;
            }
            int end = i;
            int digits = 0;
            while (end < s.length() && isPhoneChar(s.charAt(end))) {
                if (Character.isDigit(s.charAt(end))) {
                    digits++;
                }
                end++;
            }
            while (end > i && !Character.isDigit(s.charAt(end - 1))) {
                end--;
            }
            if (digits >= 9 && digits <= 16 && (end >= s.length() || !Character.isLetter(s.charAt(end)))) {
                for (PhoneNumberMatch match : PHONES.findNumbers(s.substring(i, end), PHONE_REGION, PhoneNumberUtil.Leniency.VALID,
                        Long.MAX_VALUE)) {
                    if (isOrganisationNumber(match)) {
                        continue;
                    }
                    // A run that is also a BSN or an IBAN is settled by the screen's overlap rule (most severe, then longest).
                    boolean mobile = PHONES.getNumberType(match.number()) == PhoneNumberUtil.PhoneNumberType.MOBILE;
                    (mobile ? mobiles : out).add(Finding.at(text, i + match.start(), i + match.end(), Finding.CAREFUL, "careful.phone-number", severity,
                            "Telefoonnummer: maakt iemand direct bereikbaar en vindbaar.",
                            "A phone number makes someone directly reachable and findable.", null, null));
                }
            }
            i = Math.max(end, i + 1);
        }
    }

    /**
     * A Dutch number of a kind only organisations have (the numbering plan's 088 company numbers, 0800 and 090x
     * service numbers): an organisation's general number, not personal data.
     */
    private static boolean isOrganisationNumber(PhoneNumberMatch match) {
        String national = Long.toString(match.number().getNationalNumber());
        return match.number().getCountryCode() == 31
                && (national.startsWith("88") || national.startsWith("800") || national.startsWith("90"));
    }

    private static boolean isPhoneChar(char c) {
        return Character.isDigit(c) || c == ' ' || c == '-' || c == '+' || c == '(' || c == ')' || c == '.' || c == '/'
                || c == '\u00a0';
    }

    /** Dutch postcodes (1234 AB), Dutch street names with a house number, English house number with a street. */
    private static void addresses(Text text, Severity severity, List<Finding> out) {
        List<Text.Token> tokens = text.tokens;
        String s = text.value;
        for (int i = 0; i < tokens.size(); i++) {
            Text.Token token = tokens.get(i);
            int length = token.end() - token.start();
            // A substring only for a word that could start a postcode (four digits, the first not 0).
            String word = (length == 6 || length == 4) && isPostcodeDigits(s, token.start()) ? s.substring(token.start(), token.end()) : "";
            Text.Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (word.length() == 6 && isPostcodeDigits(word, 0) && isPostcodeLetters(word.substring(4))) {
                postcode(text, token.start(), token.end(), severity, out);
            } else if (word.length() == 4 && isPostcodeDigits(word, 0) && next != null && singleSpace(text, token, next)
                    && next.end() - next.start() == 2 && isPostcodeLetters(s.substring(next.start(), next.end()))) {
                postcode(text, token.start(), next.end(), severity, out);
                i++;
            } else if (token.capitalized() && next != null && singleSpace(text, token, next) && isHouseNumber(s, next)
                    && !isYear(s, next) && endsWithStreet(token.lower())) {
                out.add(Finding.at(text, token.start(), next.end(), Finding.CAREFUL, "careful.street-address", severity,
                        "Straat en huisnummer: kan iemand vindbaar maken.", "A street and house number can make someone findable.",
                        null, null));
                i++;
            } else if (token.number() && token.end() - token.start() <= 4 && i + 2 < tokens.size()) {
                int j = i + 1;
                while (j < tokens.size() && j <= i + 3 && tokens.get(j).capitalized() && singleSpace(text, tokens.get(j - 1), tokens.get(j))) {
                    if (j > i + 1 && STREET_WORDS_EN.contains(tokens.get(j).lower())) {
                        out.add(Finding.at(text, token.start(), tokens.get(j).end(), Finding.CAREFUL, "careful.street-address",
                                severity, "Straat en huisnummer: kan iemand vindbaar maken.",
                                "A street and house number can make someone findable.", null, null));
                        i = j;
                        break;
                    }
                    j++;
                }
            }
        }
    }

    private static void postcode(Text text, int start, int end, Severity severity, List<Finding> out) {
        out.add(Finding.at(text, start, end, Finding.CAREFUL, "careful.postcode", severity,
                "Postcode: samen met andere details kan dit iemand vindbaar maken.",
                "A postcode can, with other details, make someone findable.", null, null));
    }

    private static boolean isPostcodeDigits(String word, int from) {
        if (word.charAt(from) < '1' || word.charAt(from) > '9') {
            return false;
        }
        for (int i = from + 1; i < from + 4; i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPostcodeLetters(String letters) {
        return letters.length() == 2 && letters.charAt(0) >= 'A' && letters.charAt(0) <= 'Z' && letters.charAt(1) >= 'A'
                && letters.charAt(1) <= 'Z' && !EXCLUDED_POSTCODE_LETTERS.contains(letters);
    }

    private static boolean isHouseNumber(String s, Text.Token token) {
        String word = s.substring(token.start(), token.end());
        int digits = 0;
        while (digits < word.length() && Character.isDigit(word.charAt(digits))) {
            digits++;
        }
        return digits >= 1 && digits <= 4 && word.charAt(0) != '0'
                && (digits == word.length() || (word.length() - digits == 1 && Character.isLetter(word.charAt(digits))));
    }

    /** 1900 to 2099: "Leidraad Invordering 2008" names a year, not a house ("125a" is a house number, no year). */
    private static boolean isYear(String s, Text.Token token) {
        if (token.end() - token.start() != 4) {
            return false;
        }
        for (int i = token.start(); i < token.end(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        int year = Integer.parseInt(s.substring(token.start(), token.end()));
        return year >= 1900 && year <= 2099;
    }

    private static boolean endsWithStreet(String word) {
        for (String suffix : STREET_SUFFIXES_NL) {
            if (word.endsWith(suffix) && word.length() > suffix.length() + 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Names of people: a known first name followed by a surname ("Sanne de Boer", "Sanne B."), a known first name on
     * its own, a title with a surname ("mevrouw Jansen"), an initial with a surname ("J. Bakker"), any capitalised word
     * right after a word such as "collega", "gedetineerde", "heet" or "het gezin" or right before "family" (then also
     * wherever that word comes back in the text), and a known surname on its own inside a sentence. Names of the
     * consented featured people, the author and the contact person are left alone.
     */
    private void names(Text text, RuleSet rules, Severity severity, List<Set<String>> consented, List<Finding> out) {
        List<Text.Token> tokens = text.tokens;
        Set<String> cued = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Text.Token token = tokens.get(i);
            boolean title = rules.personTitles.contains(token.lower());
            boolean firstName = !title && token.capitalized() && isFirstName(token.lower()) && !allUpper(text, token);
            if (!title && !firstName) {
                int last = otherName(text, rules, i, cued);
                if (last >= i) {
                    report(text, rules, tokens, i, last, severity, consented, out);
                    i = last;
                }
                continue;
            }
            int last = surnameEnd(text, rules, i);
            if (title) {
                if (last > i) {
                    report(text, rules, tokens, i + 1, last, severity, consented, out);
                    i = last;
                }
                continue;
            }
            if (last > i) {
                report(text, rules, tokens, i, last, severity, consented, out);
                i = last;
            } else {
                // A known first name on its own: colleagues, clients and detainees are mostly named without a title.
                report(text, rules, tokens, i, i, severity, consented, out);
            }
        }
    }

    /**
     * A name that is not a known first name or a title: the index of its last token, or -1. Capitalised words only,
     * never all capitals (abbreviations) or numbers.
     */
    private int otherName(Text text, RuleSet rules, int i, Set<String> cued) {
        List<Text.Token> tokens = text.tokens;
        Text.Token token = tokens.get(i);
        if (!token.capitalized() || token.number() || allUpper(text, token)) {
            return -1; // most words: no look-up needed
        }
        boolean afterCue = i > 0 && tokens.get(i - 1).sentence() == token.sentence()
                && rules.personContext.contains(tokens.get(i - 1).lower());
        if (rules.nameParticles.contains(token.lower()) && !afterCue) {
            return -1;
        }
        Text.Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        if (token.end() - token.start() == 1) {
            // An initial: "J. Bakker", "J.P. de Vries"; not a letter that labels something ("rijbewijs B. Je ...")
            if (i > 0 && LETTER_LABELS.contains(tokens.get(i - 1).lower())) {
                return -1;
            }
            int j = i;
            while (j + 1 < tokens.size() && text.value.startsWith(".", tokens.get(j).end())
                    && tokens.get(j + 1).start() == tokens.get(j).end() + 1 && tokens.get(j + 1).end() - tokens.get(j + 1).start() == 1
                    && tokens.get(j + 1).capitalized()) {
                j++;
            }
            int k = j + 1;
            if (k >= tokens.size() || !text.value.startsWith(". ", tokens.get(j).end()) || tokens.get(k).start() != tokens.get(j).end() + 2) {
                return -1;
            }
            while (k + 1 < tokens.size() && rules.nameParticles.contains(tokens.get(k).lower()) && !tokens.get(k).capitalized()
                    && singleSpace(text, tokens.get(k), tokens.get(k + 1))) {
                k++;
            }
            return nameAfterInitial(text, rules, k) ? Math.max(k, surnameEnd(text, rules, k)) : -1;
        }
        // An emoji before a capital starts a sentence as a full stop does ("🥵 Uitslag?", "😂 These kids").
        boolean inSentence = i > 0 && tokens.get(i - 1).sentence() == token.sentence()
                && !symbolBetween(text.value, tokens.get(i - 1).end(), token.start());
        // A person word inside a run of capitalised words is part of a job title ("Asset Manager Tunnels"), no cue.
        boolean cue = inSentence && rules.personContext.contains(tokens.get(i - 1).lower())
                && singleSpace(text, tokens.get(i - 1), token)
                && !(tokens.get(i - 1).capitalized() && i > 1 && tokens.get(i - 2).sentence() == token.sentence()
                && tokens.get(i - 2).capitalized());
        Text.Token previous = inSentence ? tokens.get(i - 1) : null;
        // A capitalised word before "family": a name inside a sentence ("the Kowalski family"), at a sentence's start only
        // a known surname ("One family", "These kids", "Every family" are not), never the end of a longer proper noun
        // ("the Tax Administration family").
        boolean cueAfter = next != null && next.sentence() == token.sentence() && rules.familyWords.contains(next.lower())
                && singleSpace(text, token, next)
                && (inSentence ? !(previous.capitalized() && !isFirstName(previous.lower())) : surnames.contains(token.lower()));
        // A surname alone, inside a sentence: not after a word of place ("in Arnhem", "de Maas") or inside a longer
        // proper noun ("Raad van State", "Lake Como"), and not a place, language or institution on the list.
        boolean known = cued.contains(token.lower())
                || inSentence && !"title".equals(text.field) && surnames.contains(token.lower())
                && !rules.placeWords.contains(previous.lower()) && !(previous.capitalized() && !isFirstName(previous.lower()))
                && !(next != null && next.capitalized() && next.sentence() == token.sentence() && singleSpace(text, token, next)
                && !surnames.contains(next.lower()));
        if (rules.notNames.contains(token.lower()) || brandName(text.value, token)) {
            return -1;
        }
        if (!cue && !cueAfter && !known) {
            return -1;
        }
        if (cue || cueAfter) {
            cued.add(token.lower());
        }
        return cueAfter ? i : Math.max(i, surnameEnd(text, rules, i));
    }

    /**
     * A word with a capital inside after three small letters or more is a brand or product, not a name: "SensorWave",
     * "PowerLine", "LinkedIn" (names keep "McKenzie", "MacLeod", "DeVries").
     */
    private static boolean brandName(String value, Text.Token token) {
        int small = 0;
        for (int i = token.start() + 1; i < token.end(); i++) {
            char c = value.charAt(i);
            if (Character.isUpperCase(c) && small >= 3) {
                return true;
            }
            small = Character.isLowerCase(c) ? small + 1 : 0;
        }
        return false;
    }

    /** Whether a symbol such as an emoji ("🔥", "⛺") stands between two words. */
    private static boolean symbolBetween(String value, int from, int to) {
        for (int c = from; c < to; c += Character.charCount(value.codePointAt(c))) {
            if (Character.getType(value.codePointAt(c)) == Character.OTHER_SYMBOL) {
                return true;
            }
        }
        return false;
    }

    private static boolean nameAfterInitial(Text text, RuleSet rules, int t) {
        Text.Token token = text.tokens.get(t);
        return token.capitalized() && !token.number() && !allUpper(text, token) && !rules.personTitles.contains(token.lower());
    }

    /** Whether the lower-case word is on the first-name list (also in the possessive). */
    boolean isKnownFirstName(String word) {
        return isFirstName(word);
    }

    /** Whether the lower-case word is on the surname list. */
    boolean isKnownSurname(String word) {
        return surnames.contains(word);
    }

    /** A known first name, also in the possessive (Annemieks, Kees' or Daan's). */
    private boolean isFirstName(String word) {
        if (firstNames.contains(word)) {
            return true;
        }
        for (String ending : POSSESSIVES) {
            if (word.endsWith(ending) && word.length() - ending.length() >= (ending.equals("s") ? BARE_POSSESSIVE_STEM : 3)
                    && firstNames.contains(word.substring(0, word.length() - ending.length()))) {
                return true;
            }
        }
        return false;
    }

    private String withoutPossessive(String word) {
        if (firstNames.contains(word)) {
            return word;
        }
        for (String ending : POSSESSIVES) {
            String stem = word.endsWith(ending) && word.length() - ending.length() >= (ending.equals("s") ? BARE_POSSESSIVE_STEM : 3)
                    ? word.substring(0, word.length() - ending.length()) : null;
            if (stem != null && firstNames.contains(stem)) {
                return stem;
            }
        }
        return word;
    }

    /** The index of the surname's last token after token {@code i}, or {@code i} when none follows. */
    private int surnameEnd(Text text, RuleSet rules, int i) {
        List<Text.Token> tokens = text.tokens;
        int j = i + 1;
        int end = i;
        boolean afterTitle = rules.personTitles.contains(tokens.get(i).lower());
        while (j < tokens.size() && (singleSpace(text, tokens.get(j - 1), tokens.get(j))
                || afterTitle && j == i + 1 && ABBREVIATED_TITLES.contains(tokens.get(i).lower())
                && text.value.startsWith(". ", tokens.get(i).end()) && tokens.get(j).start() == tokens.get(i).end() + 2)) {
            Text.Token next = tokens.get(j);
            String word = text.value.substring(next.start(), next.end());
            if (rules.nameParticles.contains(next.lower()) && !next.capitalized()) {
                j++;
                continue;
            }
            if (word.length() == 1 && Character.isUpperCase(word.charAt(0)) && next.end() < text.value.length()
                    && text.value.charAt(next.end()) == '.') {
                return j;
            }
            if (next.capitalized() && !next.number() && word.length() > 1 && !allUpper(text, next) && !rules.personTitles.contains(next.lower())
                    && !brandName(text.value, next)
                    && !(j + 1 < tokens.size() && isHouseNumber(text.value, tokens.get(j + 1)) && endsWithStreet(next.lower()))) {
                end = j;
                j++;
                continue;
            }
            break;
        }
        return end;
    }

    private void report(Text text, RuleSet rules, List<Text.Token> tokens, int from, int to, Severity severity, List<Set<String>> consented,
                        List<Finding> out) {
        Set<String> name = new HashSet<>();
        for (int t = from; t <= to; t++) {
            String word = withoutPossessive(tokens.get(t).lower());
            if (word.length() > 1 && !rules.nameParticles.contains(word)) {
                name.add(word);
            }
        }
        for (Set<String> allowed : consented) {
            if (!name.isEmpty() && allowed.containsAll(name)) {
                return;
            }
        }
        int end = tokens.get(to).end();
        if (end < text.value.length() && text.value.charAt(end) == '.' && tokens.get(to).end() - tokens.get(to).start() == 1) {
            end++;
        }
        out.add(Finding.at(text, tokens.get(from).start(), end, Finding.CAREFUL, "careful.person-name", severity,
                "Naam van iemand die niet als geportretteerde met toestemming bij het verhaal staat.",
                "The name of someone who is not a featured person with consent in this story.",
                null, null));
    }

    /** A social media handle (@name): for a sensitive unit it leads straight to a person. */
    private static void handles(Text text, RuleSet rules, List<Finding> out) {
        String s = text.value;
        for (int at = s.indexOf('@'); at >= 0; at = s.indexOf('@', at + 1)) {
            if (at > 0 && !Character.isWhitespace(s.charAt(at - 1))) {
                continue;
            }
            int end = at + 1;
            while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '_')) {
                end++;
            }
            if (end - at > 2 && !isOrganisationHandle(s.substring(at + 1, end).toLowerCase(Locale.ROOT), rules)) {
                out.add(Finding.at(text, at, end, Finding.CAREFUL, "careful.social-handle", Severity.BLOCK,
                        "Account op sociale media: leidt bij een gevoelig onderdeel direct naar een persoon.",
                        "A social media account leads straight to a person in a sensitive unit.", null, null));
            }
        }
    }

    /** An organisation's account (@werkenbijdji, @om_nl_jobs): it holds a word of a functional mailbox. */
    private static boolean isOrganisationHandle(String handle, RuleSet rules) {
        for (String word : rules.functionalMailboxes) {
            if (word.length() >= 4 && handle.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An age written right after a name: "Kev, 27, drives in" or "Samira (34)". The name itself is found (or
     * consented) separately; the age with it still makes the person recognisable.
     */
    private static void agesAfterNames(Text text, RuleSet rules, Severity severity, List<Finding> out) {
        List<Text.Token> tokens = text.tokens;
        String s = text.value;
        for (int i = 1; i < tokens.size(); i++) {
            Text.Token token = tokens.get(i);
            Text.Token before = tokens.get(i - 1);
            if (!token.number() || token.end() - token.start() != 2 || s.charAt(token.start()) == '0' || !before.capitalized()
                    || allUpper(text, before) || before.number() || token.end() >= s.length()) {
                continue;
            }
            String gap = s.substring(before.end(), token.start());
            char after = s.charAt(token.end());
            boolean bracketed = gap.equals(" (") && after == ')';
            boolean commas = gap.equals(", ") && after == ',';
            if (bracketed || commas) {
                int start = bracketed ? token.start() - 1 : token.start();
                int end = bracketed ? token.end() + 1 : token.end();
                out.add(Finding.at(text, start, end, Finding.CAREFUL, "careful.age", severity,
                        "Leeftijd bij een naam: maakt die persoon herkenbaar.", "An age with a name makes that person recognisable.",
                        suggestion(rules, "Laat de leeftijd weg.", "Leave the age out."), null));
            }
        }
    }

    /**
     * A Dutch licence plate in any of its side codes: three groups joined by hyphens, six letters and digits in all,
     * each group only capitals or only digits, with both kinds ("GT-718-N", "K-412-TP", "12-ABC-3", "VZ-281-D"). A
     * plate makes its driver findable. One token of the text (hyphens between letters and digits join a word), so the
     * check is linear.
     */
    private static void licencePlates(Text text, RuleSet rules, Severity severity, List<Finding> out) {
        for (Text.Token token : text.tokens) {
            if (token.end() - token.start() == 8 && !token.number() && isLicencePlate(text.value, token.start(), token.end())) {
                out.add(Finding.at(text, token.start(), token.end(), Finding.CAREFUL, "careful.licence-plate", severity,
                        "Kenteken: maakt de bestuurder vindbaar.", "A licence plate makes its driver findable.",
                        suggestion(rules, "Laat het kenteken weg.", "Leave the licence plate out."), null));
            }
        }
    }

    static boolean isLicencePlate(String s, int start, int end) {
        int groups = 0;
        int length = 0;
        int kind = 0; // of the current group: 1 capitals, 2 digits
        int kinds = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == '-') {
                if (length == 0 || length > 3) {
                    return false;
                }
                groups++;
                length = 0;
                kind = 0;
                continue;
            }
            int k = c >= 'A' && c <= 'Z' ? 1 : c >= '0' && c <= '9' ? 2 : 0;
            if (k == 0 || kind != 0 && k != kind) {
                return false;
            }
            kind = k;
            kinds |= k;
            length++;
        }
        return groups == 2 && length > 0 && length <= 3 && kinds == 3;
    }

    /** Token sets of the names that may appear. */
    static List<Set<String>> consentedNames(List<String> names, Set<String> particles) {
        List<Set<String>> result = new ArrayList<>();
        for (String name : names) {
            if (name == null) {
                continue;
            }
            Set<String> words = new HashSet<>();
            Text.of("name", name).tokens.forEach(t -> {
                if (!particles.contains(t.lower()) && t.lower().length() > 1) {
                    words.add(t.lower());
                }
            });
            if (!words.isEmpty()) {
                result.add(words);
            }
        }
        return result;
    }

    private static boolean sameSentence(List<Text.Token> tokens, int a, int b) {
        return tokens.get(a).sentence() == tokens.get(b).sentence();
    }

    private static boolean allUpper(Text text, Text.Token token) {
        if (token.end() - token.start() < 2) {
            return false;
        }
        for (int i = token.start(); i < token.end(); i++) {
            if (Character.isLowerCase(text.value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean singleSpace(Text text, Text.Token a, Text.Token b) {
        return b.start() - a.end() == 1 && text.value.charAt(a.end()) == ' ';
    }

    /**
     * Counts the word's digits on from {@code count} and returns the new count; with a ring, puts each (as
     * {@code c - '0'}) at {@code head + count} while the count is below the ring's size. A window whose first nine
     * digits are tested held at most eight before the number that completed it, and that number at most nine of its own
     * before them, so those nine are always in the ring.
     */
    private static int digitsOf(String word, int[] ring, int head, int count) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isDigit(c)) {
                if (ring != null && count < DIGIT_RING) {
                    ring[(head + count) % DIGIT_RING] = c - '0';
                }
                count++;
            }
        }
        return count;
    }

    private static String suggestion(RuleSet rules, String nl, String en) {
        return rules.language == ScreeningLanguage.NL ? nl : en;
    }
}
