package nl.jobbranding.content.service;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import nl.jobbranding.content.api.StoryContent;
import nl.jobbranding.content.screening.Finding;
import nl.jobbranding.content.screening.Screener;
import nl.jobbranding.content.screening.ScreeningInput;
import nl.jobbranding.content.screening.ScreeningLanguage;
import nl.jobbranding.content.screening.ScreeningResult;
import nl.jobbranding.content.screening.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * For a sensitive unit (staff must not be findable online), what a story says besides its title, summary and body:
 * the author must write under a pseudonym, the contact must be functional (no personal e-mail address, no mobile
 * number), and media alt texts and tags are screened for personal data like the text itself. Each breach is a block
 * finding on the field, so a reviewer sees it and approval waits until it is changed or dismissed with a reason.
 */
final class SensitiveDetails {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final String CAREFUL = "careful";

    private SensitiveDetails() {
    }

    /** The screen's result with the findings on the story's other fields added; unchanged for other units. */
    static ScreeningResult screen(Screener screener, ScreeningInput input, StoryContent content) {
        ScreeningResult result = screener.screen(input);
        if (!input.sensitiveUnit()) {
            return result;
        }
        List<Finding> findings = new ArrayList<>(result.findings());
        StoryContent.Author author = content.author();
        if (author != null && !author.pseudonym()) {
            findings.add(whole("author.name", author.name(), "careful.sensitive.author-name",
                    "Echte naam van de schrijver bij een onderdeel waarvan medewerkers niet vindbaar mogen zijn.",
                    "The author's real name, for a unit whose staff must not be findable.",
                    "Schrijf onder een pseudoniem (pseudonym: true)."));
        }
        StoryContent.ContactPerson contact = content.contactPerson();
        if (contact != null) {
            if (contact.email() != null && !contact.email().isBlank()) {
                details(screener, input, "contactPerson.email", contact.email(), findings);
            }
            if (contact.phone() != null && isMobile(contact.phone())) {
                findings.add(whole("contactPerson.phone", contact.phone(), "careful.sensitive.mobile-number",
                        "Mobiel nummer als contact: maakt een medewerker persoonlijk bereikbaar.",
                        "A mobile number as contact makes an employee personally reachable.",
                        "Gebruik een algemeen nummer van het team."));
            }
        }
        if (content.media() != null) {
            for (int i = 0; i < content.media().size(); i++) {
                details(screener, input, "media[" + i + "].altText", content.media().get(i).altText(), findings);
            }
        }
        if (content.tags() != null) {
            for (int i = 0; i < content.tags().size(); i++) {
                details(screener, input, "tags[" + i + "]", content.tags().get(i), findings);
            }
        }
        return new ScreeningResult(result.rulesVersion(), List.copyOf(findings), result.readability(), result.omitted());
    }

    /** The careful findings (personal data) the screen makes on one field, as findings on that field. */
    private static void details(Screener screener, ScreeningInput story, String field, String text, List<Finding> out) {
        ScreeningInput input = new ScreeningInput(story.language(), "", "", text, false, 0, List.of(), true,
                story.consentedNames(), List.of());
        screener.screen(input).findings().stream()
                .filter(f -> f.value().equals(CAREFUL) && f.severity() != Severity.INFO)
                .sorted(Comparator.comparingInt(Finding::start))
                .map(f -> new Finding(f.rule() + "@" + field + ":" + f.start() + "-" + f.end(), f.value(), f.rule(),
                        f.severity(), f.messageNl(), f.messageEn(), field, f.start(), f.end(), f.excerpt(), f.suggestion(),
                        null))
                .forEach(out::add);
    }

    private static Finding whole(String field, String text, String rule, String nl, String en, String suggestion) {
        return new Finding(rule + "@" + field + ":0-" + text.length(), CAREFUL, rule, Severity.BLOCK, nl, en, field, 0,
                text.length(), text.substring(0, Math.min(200, text.length())), suggestion, null);
    }

    private static boolean isMobile(String phone) {
        try {
            PhoneNumberUtil.PhoneNumberType type = PHONES.getNumberType(PHONES.parse(phone, "NL"));
            return type == PhoneNumberUtil.PhoneNumberType.MOBILE
                    || type == PhoneNumberUtil.PhoneNumberType.FIXED_LINE_OR_MOBILE
                    || type == PhoneNumberUtil.PhoneNumberType.PAGER;
        } catch (NumberParseException e) {
            return false;
        }
    }
}
