package nl.jobbranding.content.screening;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the screen finds, where, and how severe: the rules a reviewer relies on. */
class ScreenerTest {

    private static final Screener SCREENER = Screener.load();
    private static final ChannelProfile INSTAGRAM = new ChannelProfile("instagram", "Instagram", 120, "optional", 2,
            Set.of("photo", "short-video"), "B1");
    private static final ChannelProfile LINKEDIN = new ChannelProfile("linkedin", "LinkedIn", 3000, "none", 0,
            Set.of("text-post", "article"), "B1");

    @Test
    void findingsPointAtTheExactSpanWithMessagesInBothLanguages() {
        String body = "Bel gerust naar 06-12345678 of mail naar s.devries@example.nl.";
        List<Finding> findings = screen(ScreeningLanguage.NL, body, false, List.of());
        Finding phone = only(findings, "careful.phone-number");
        assertEquals("06-12345678", body.substring(phone.start(), phone.end()));
        assertEquals("body", phone.field());
        assertEquals(Severity.WARN, phone.severity());
        assertTrue(phone.messageNl().startsWith("Telefoonnummer"));
        assertTrue(phone.messageEn().startsWith("A phone number"));
        Finding mail = only(findings, "careful.email-address");
        assertEquals("s.devries@example.nl", mail.excerpt());
        assertNotNull(mail.suggestion());
    }

    @Test
    void aSensitiveUnitTurnsPersonalDataIntoBlockingFindings() {
        String body = "Mijn collega Ahmed woont in Vught en is bereikbaar op 06-12345678.";
        List<Finding> findings = screen(ScreeningLanguage.NL, body, true, List.of());
        assertEquals(Severity.BLOCK, only(findings, "careful.person-name").severity());
        assertEquals(Severity.BLOCK, only(findings, "careful.place-of-living").severity());
        assertEquals(Severity.BLOCK, only(findings, "careful.phone-number").severity());
        assertTrue(screen(ScreeningLanguage.NL, body, false, List.of()).stream().noneMatch(f -> f.severity() == Severity.BLOCK),
                "outside sensitive units these are warnings");
    }

    @Test
    void aNamedOrPlacedClubOrYouthTeamMakesSomeoneRecognisableAPlainOneDoesNot() {
        String body = "Hij keept in de MO13-2 en traint bij hockeyvereniging De Kraaien in Soest.";
        List<Finding> findings = screen(ScreeningLanguage.NL, body, false, List.of());
        List<String> clubs = findings.stream().filter(f -> f.rule().equals("careful.club")).map(Finding::excerpt).toList();
        assertEquals(List.of("MO13-2", "hockeyvereniging De Kraaien in Soest"), clubs);
        assertTrue(screen(ScreeningLanguage.NL, "Hij vindt een plek bij de voetbalclub, en werkt samen met sportclubs.", false,
                List.of()).stream().noneMatch(f -> f.rule().equals("careful.club")), "a club that points out nobody");
        assertTrue(screen(ScreeningLanguage.EN, "She plays for the under-15s at the tennis club near Zeist.", true, List.of())
                .stream().filter(f -> f.rule().equals("careful.club")).allMatch(f -> f.severity() == Severity.BLOCK));
    }

    @Test
    void aHouseNumberWithALetterIsAStreetAddressNotAnError() {
        // "125a" has four characters, like a year: it was parsed as one and the screen failed (a 500 for the user).
        assertEquals("Kerkstraat 125a", only(screen(ScreeningLanguage.NL, "Het pakket ging naar Kerkstraat 125a.", false,
                List.of()), "careful.street-address").excerpt());
        assertTrue(screen(ScreeningLanguage.NL, "Het pakket ging naar Stationsweg 2008.", false, List.of()).stream()
                .noneMatch(f -> f.rule().equals("careful.street-address")), "a year is no house number");
    }

    @Test
    void aMobileNumberIsPersonalEvenInASentenceAboutUsAnOfficesGeneralNumberIsNot() {
        Finding mobile = only(screen(ScreeningLanguage.NL, "Bel gerust onze collega op 06-23817465, dan drinken we koffie.", false,
                List.of()), "careful.phone-number");
        assertEquals("06-23817465", mobile.excerpt());
        assertTrue(screen(ScreeningLanguage.NL, "Ons kantoor is op werkdagen bereikbaar op 030 286 00 00.", false, List.of())
                .stream().noneMatch(f -> f.rule().equals("careful.phone-number")), "the office's general number");
    }

    @Test
    void anAgeWithAPersonMakesThemRecognisableACountedGroupDoesNot() {
        assertEquals("zestien", only(screen(ScreeningLanguage.NL, "Vorige maand begeleidde ik een meisje van zestien bij de zitting.",
                false, List.of()), "careful.age").excerpt());
        assertEquals("nine", only(screen(ScreeningLanguage.EN, "We met a boy of nine and his mother at the bus stop.", false,
                List.of()), "careful.age").excerpt());
        Finding staff = only(screen(ScreeningLanguage.EN, "Shoutout to our colleague from the unit, turning 47 today!", true,
                List.of()), "careful.age");
        assertEquals("47", staff.excerpt());
        assertEquals(Severity.BLOCK, staff.severity());
        assertTrue(screen(ScreeningLanguage.NL, "Ons team van twaalf mensen werkt in een groep van 12 collega's.", false, List.of())
                .stream().noneMatch(f -> f.rule().equals("careful.age")), "a team or group counted is no age");
    }

    @Test
    void anAgeAsWhatASingularPersonIsMakesThemRecognisableInAnyStory() {
        assertEquals("73", only(screen(ScreeningLanguage.NL, "Ze is 73, weduwnaar sinds kort en komt elke dinsdag langs.",
                false, List.of()), "careful.age").excerpt());
        assertEquals("58 jaar", only(screen(ScreeningLanguage.NL, "Meneer Van Dalen was 58 jaar oud toen hij begon.", false,
                List.of()), "careful.age").excerpt());
        assertEquals("86", only(screen(ScreeningLanguage.EN, "Mrs Okafor is 86 and still walks to the market.", false,
                List.of()), "careful.age").excerpt());
        assertEquals("eleven", only(screen(ScreeningLanguage.EN, "He's eleven, and he wants to drive a tractor.", false,
                List.of()), "careful.age").excerpt());
        for (String clean : List.of("Hij is 40 uur per week op de afdeling.", "Ze is 24/7 bereikbaar voor het team.",
                "Het team is 14 man sterk en het is 12 graden buiten.", "Zij is 12 jaar in dienst bij de gemeente.")) {
            assertTrue(screen(ScreeningLanguage.NL, clean, false, List.of()).stream().noneMatch(f -> f.rule().equals("careful.age")),
                    clean);
        }
        for (String clean : List.of("She was 20 minutes late for the shift.", "The team is 14 strong and the office is 12 floors up.",
                "He is one of the twelve wardens on the unit.")) {
            assertTrue(screen(ScreeningLanguage.EN, clean, false, List.of()).stream().noneMatch(f -> f.rule().equals("careful.age")),
                    clean);
        }
    }

    @Test
    void aLicencePlateMakesItsDriverFindable() {
        String body = "Een grijze bestelbus met kenteken TR-405-K stond op de vluchtstrook, daarachter een auto met 9-XKL-42.";
        List<String> plates = screen(ScreeningLanguage.NL, body, true, List.of()).stream()
                .filter(f -> f.rule().equals("careful.licence-plate")).map(f -> f.excerpt() + " " + (f.severity() == Severity.BLOCK)).toList();
        assertEquals(List.of("TR-405-K true", "9-XKL-42 true"), plates);
        for (String clean : List.of("We testen de RS-232 kabel en code A-12-B op 12-03-2024.", "Bel 06-12-34-56-78 of lees COVID-19-regels.",
                "Zie artikel 3-2-1 en het model AB-CD-EF.")) {
            assertTrue(screen(ScreeningLanguage.NL, clean, false, List.of()).stream()
                    .noneMatch(f -> f.rule().equals("careful.licence-plate")), clean);
        }
    }

    @Test
    void aCapitalisedWordBeforeFamilyIsANameUnlessItIsAQuantifierAtTheSentencesStart() {
        assertEquals("Kowalski", only(screen(ScreeningLanguage.EN, "Last week we visited the Kowalski family at home.", false,
                List.of()), "careful.person-name").excerpt());
        for (String body : List.of("One family taught me otherwise.", "Every family that calls us gets an answer.",
                "No family nearby, and no friends either.")) {
            assertTrue(screen(ScreeningLanguage.EN, body, false, List.of()).stream()
                    .noneMatch(f -> f.rule().equals("careful.person-name")), body);
        }
    }

    @Test
    void aCapitalisedWordAfterAnEmojiStartsASentenceAndIsNoSurname() {
        String english = "The kids made the best campfire I've ever seen 🔥😂 These kids deserve every chance.";
        assertTrue(screen(ScreeningLanguage.EN, english, false, List.of()).stream()
                .noneMatch(f -> f.rule().equals("careful.person-name")), english);
        String dutch = "Medewerkers tegen gedetineerden, gewoon in de hitte 🥵 Uitslag? Daar praten we niet over.";
        assertTrue(screen(ScreeningLanguage.NL, dutch, false, List.of()).stream()
                .noneMatch(f -> f.rule().equals("careful.person-name")), dutch);
        assertEquals("Uitslag", only(screen(ScreeningLanguage.NL, "Gisteren sprak ik Uitslag over de dienst.", false,
                List.of()), "careful.person-name").excerpt(), "inside a sentence a known surname is still a name");
    }

    @Test
    void aBrandWrittenWithACapitalInsideIsNoNameAfterAPersonWord() {
        String brand = "A big thank you to our partner SensorWave for the new sensors.";
        assertTrue(screen(ScreeningLanguage.EN, brand, false, List.of()).stream()
                .noneMatch(f -> f.rule().equals("careful.person-name")), brand);
        assertEquals("McKenzie", only(screen(ScreeningLanguage.EN, "A big thank you to our colleague McKenzie for the new sensors.",
                false, List.of()), "careful.person-name").excerpt());
    }

    @Test
    void theRouteToWorkOfASensitiveUnitsStaffIsFoundTheOfficesTownIsNot() {
        String body = "Elke ochtend fiets ik vanuit Hattem langs de IJssel naar de PI.";
        Finding route = only(screen(ScreeningLanguage.NL, body, true, List.of()), "careful.route-to-work");
        assertEquals("fiets ik vanuit Hattem langs de IJssel", route.excerpt());
        assertEquals(Severity.BLOCK, route.severity());
        assertTrue(screen(ScreeningLanguage.NL, body, false, List.of()).stream()
                .noneMatch(f -> f.rule().equals("careful.route-to-work")), "only in a sensitive unit");
        assertTrue(screen(ScreeningLanguage.EN, "I cycle to the prison in Zwolle every morning.", true, List.of()).stream()
                .noneMatch(f -> f.rule().equals("careful.route-to-work")), "the office's town is not a route");
    }

    @Test
    void aCitizenServiceNumberNeedsAContextWordAndAlwaysBlocks() {
        assertTrue(screen(ScreeningLanguage.NL, "Ordernummer 123456782 is verzonden.", false, List.of()).isEmpty(),
                "a number passing the eleven-test is not a BSN without a context word");
        List<Finding> findings = screen(ScreeningLanguage.NL, "Zijn BSN is 123 456 782, noteer dat.", false, List.of());
        Finding bsn = only(findings, "careful.citizen-service-number");
        assertEquals("123 456 782", bsn.excerpt());
        assertEquals(Severity.BLOCK, bsn.severity());
        assertTrue(screen(ScreeningLanguage.NL, "Zijn BSN is 123456789.", false, List.of()).isEmpty(),
                "a number failing the eleven-test is not a BSN");
        // The check's window slides over a run of numbers: past a number that makes it too long, never past a long one.
        assertEquals("123 456 782", only(screen(ScreeningLanguage.NL, "Zijn BSN is 1 123 456 782.", false, List.of()),
                "careful.citizen-service-number").excerpt());
        assertTrue(screen(ScreeningLanguage.NL, "Zijn BSN is 9 1234567820.", false, List.of()).stream()
                .noneMatch(f -> f.rule().equals("careful.citizen-service-number")), "ten digits in one number are not a BSN");
    }

    @Test
    void ibansAreCheckedWithMod97() {
        assertEquals("NL91 ABNA 0417 1643 00", only(screen(ScreeningLanguage.NL, "Maak het over op NL91 ABNA 0417 1643 00 graag.",
                false, List.of()), "careful.iban").excerpt());
        assertTrue(screen(ScreeningLanguage.NL, "Code NL92ABNA0417164300 hoort bij de bestelling.", false, List.of()).isEmpty());
    }

    @Test
    void consentedPeopleAndTheAuthorMayBeNamed() {
        String body = "Sanne de Boer werkt samen met Peter Jansen aan het rooster.";
        List<Finding> findings = screen(ScreeningLanguage.NL, body, false, List.of("Sanne de Boer"));
        assertEquals(List.of("Peter Jansen"), findings.stream().map(Finding::excerpt).toList());
    }

    @Test
    void innocentLookAlikesStayClean() {
        for (String clean : List.of("Als jongerencoach begeleid ik jongeren in Zeist.",
                "De beste manier om te leren is meelopen.", "Ze heeft zich bewezen als teamleider.",
                "Bij ons werken collega's met en zonder beperking.", "Ik heb de luxe dat ik thuis kan werken.",
                "De kabel staat op 230 volt.", "Een gala-appel bij de lunch.", "Ik vind dit de mooiste baan die er is.")) {
            assertEquals(List.of(), screen(ScreeningLanguage.NL, clean, false, List.of()), clean);
        }
    }

    @Test
    void theFourValuesAndTendentiousFraming() {
        assertEquals("just", first(ScreeningLanguage.NL, "We zoeken een jong en dynamisch team.").value());
        assertEquals("just", first(ScreeningLanguage.EN, "Native speakers only, please.").value());
        assertEquals("cost-conscious", first(ScreeningLanguage.NL, "Het feest kostte € 45.000.").value());
        assertEquals("transparent", first(ScreeningLanguage.NL, "Wij zijn de beste werkgever van Nederland.").value());
        assertEquals("tendentious", first(ScreeningLanguage.EN, "It is us versus them out there.").value());
        assertTrue(screen(ScreeningLanguage.NL, "Je verdient € 45.000 bruto per jaar.", false, List.of()).isEmpty(),
                "pay is not spending");
        assertTrue(screen(ScreeningLanguage.NL, "Volgens het CBS zijn wij de beste werkgever van Nederland.", false, List.of())
                .isEmpty(), "a sourced claim is not an unsourced one");
    }

    @Test
    void theClauseModelFindsLavishSpendingWithoutAnAmountOrAListedLuxuryWord() {
        for (String[] lavish : new String[][] {
                {"EN", "To celebrate the new office, the whole department spent three days at a seaside resort in Portugal, all expenses paid."},
                {"NL", "Ter afsluiting van het project vlogen we met de hele afdeling drie dagen naar een strandhotel in Portugal, alles betaald."}}) {
            ScreeningLanguage language = lavish[0].equals("EN") ? ScreeningLanguage.EN : ScreeningLanguage.NL;
            Finding finding = only(screen(language, lavish[1], false, List.of()), "cost-conscious.clause-model");
            assertEquals("cost-conscious", finding.value());
            assertEquals(lavish[1].substring(0, lavish[1].length() - 1), finding.excerpt(), "the clause, without its full stop");
            assertTrue(finding.messageEn().contains("lavish spending"));
            assertNotNull(finding.suggestion());
        }
        for (String sober : List.of("We had a team lunch in the canteen to celebrate the new office.",
                "The team travelled by train to a training day in Utrecht.",
                "New colleagues get a laptop and a phone for their work.")) {
            assertTrue(screen(ScreeningLanguage.EN, sober, false, List.of()).stream()
                    .noneMatch(f -> f.value().equals("cost-conscious")), sober);
        }
        for (String sober : List.of("We lunchten met het team in de kantine om het nieuwe kantoor te vieren.",
                "Het team reisde met de trein naar een trainingsdag in Utrecht.",
                "Nieuwe collega's krijgen een laptop en een telefoon voor hun werk.")) {
            assertTrue(screen(ScreeningLanguage.NL, sober, false, List.of()).stream()
                    .noneMatch(f -> f.value().equals("cost-conscious")), sober);
        }
    }

    @Test
    void someonePointedOutByAPlaceIsTraceable() {
        Finding widow = only(screen(ScreeningLanguage.NL, "Vorige week hielpen we de weduwe in het witte huis naast de molen "
                + "in Zuidoostbeemster met haar formulieren.", false, List.of()), "careful.located-person");
        assertEquals("naast de molen in Zuidoostbeemster", widow.excerpt());
        assertEquals(Severity.WARN, widow.severity());
        assertEquals(Severity.BLOCK, only(screen(ScreeningLanguage.EN, "The farmer at the end of the lane in Lemmer called again.",
                true, List.of()), "careful.located-person").severity());
        for (String clean : List.of("Ons kantoor zit naast het station in Utrecht.",
                "Ik woon in een huis naast de kerk in Zeist.", "De brug naast de sluis in Lelystad is weer open.")) {
            assertTrue(screen(ScreeningLanguage.NL, clean, false, List.of()).stream()
                    .noneMatch(f -> f.rule().equals("careful.located-person")), clean);
        }
    }

    @Test
    void channelProfilesGiveLengthHashtagAndFormatFindings() {
        String body = "Een dag op de afdeling. #werkenbijdji #justitie #nachtdienst en nog wat tekst om over de grens te gaan "
                + "van honderdtwintig tekens voor deze test.";
        List<Finding> findings = SCREENER.screen(new ScreeningInput(ScreeningLanguage.NL, "Titel", null, body, false, 0,
                List.of(INSTAGRAM, LINKEDIN), false, List.of(), List.of())).findings();
        Finding tooLong = findings.stream().filter(f -> f.rule().equals("channel-fit.too-long")).findFirst().orElseThrow();
        assertEquals("instagram", tooLong.channel());
        assertEquals(120, tooLong.start());
        assertEquals(body.length(), tooLong.end());
        assertEquals(2, findings.stream().filter(f -> f.rule().equals("channel-fit.hashtags")).count(),
                "too many for Instagram, none allowed on LinkedIn");
        assertTrue(findings.stream().anyMatch(f -> f.rule().equals("channel-fit.format") && f.channel().equals("instagram")),
                "Instagram expects an image or video");
    }

    @Test
    void languageLevelScoresTheTextAndPointsAtLongSentencesAndJargon() {
        String hard = "De implementatie van de integrale beleidsmatige interventies dient te geschieden conform de "
                + "geoptimaliseerde uitvoeringsprogrammatuur teneinde de organisatorische doelstellingen van de "
                + "ketenpartners op adequate wijze te realiseren en de maatschappelijke meerwaarde te maximaliseren binnen "
                + "de randvoorwaarden van het vigerende beleidskader.";
        ScreeningResult result = SCREENER.screen(new ScreeningInput(ScreeningLanguage.NL, null, null, hard, false, 1, List.of(),
                false, List.of(), List.of()));
        assertTrue(result.readability().score() < 60, "score " + result.readability().score());
        assertEquals("B1", result.readability().targetLevel());
        assertTrue(result.findings().stream().anyMatch(f -> f.rule().equals("language-level.readability")));
        assertTrue(result.findings().stream().anyMatch(f -> f.rule().equals("language-level.long-sentence")));
        Finding jargon = result.findings().stream().filter(f -> f.excerpt().equals("teneinde")).findFirst().orElseThrow();
        assertEquals("om", jargon.suggestion());

        String easy = "Ik werk in de nacht. Ik loop een ronde. Ik kijk of alles goed is. Dan drink ik koffie met mijn team. "
                + "We praten over de dag. Soms is het rustig, soms druk. Ik vind mijn werk fijn.";
        ScreeningResult plain = SCREENER.screen(new ScreeningInput(ScreeningLanguage.NL, null, null, easy, false, 1, List.of(),
                false, List.of(), List.of()));
        assertTrue(plain.readability().score() >= 60, "score " + plain.readability().score());
        assertTrue(plain.findings().isEmpty(), plain.findings().toString());
    }

    @Test
    void abbreviationsClusterButAHeadingInCapitalsIsNoJargon() {
        String cluster = "Voor de PI zoeken wij iemand met een VOG die de BBA kent.";
        assertEquals(cluster, only(screen(ScreeningLanguage.NL, cluster, false, List.of()), "language-level.jargon-cluster").excerpt());
        String caption = "TEKST IN BEELD: deze video kwam tot stand met steun van onze partners.";
        assertTrue(screen(ScreeningLanguage.NL, caption, false, List.of()).stream()
                .noneMatch(f -> f.rule().equals("language-level.jargon-cluster")), caption);
    }

    @Test
    void aCampaignCanAddItsOwnTerms() {
        Term term = new Term("topsport", "inclusive", Severity.WARN, "nl", "Zegt alleen iets tegen sporters.");
        List<Finding> findings = SCREENER.screen(new ScreeningInput(ScreeningLanguage.NL, null, null,
                "Werken hier is echt TOPSPORT, elke dag.", false, 1, List.of(), false, List.of(), List.of(term))).findings();
        Finding finding = only(findings, "campaign-term");
        assertEquals("inclusive", finding.value());
        assertEquals("TOPSPORT", finding.excerpt());
        assertTrue(finding.messageNl().contains("Zegt alleen iets tegen sporters."));
    }

    @Test
    void malformedRuleDataIsRefusedWhenTheRulesCompile() {
        PhraseRules rules = new PhraseRules();
        PhraseRules.Rule rule = new PhraseRules.Rule("x", "just", Severity.WARN, null, false, "nl", "en", null, Set.of(), List.of());
        assertThrows(IllegalArgumentException.class, () -> rules.add(rule, List.of("jong(e)? team"), false));
        assertThrows(IllegalArgumentException.class, () -> rules.add(rule, List.of("(jong|jonge team"), false));
        assertThrows(IllegalArgumentException.class, () -> rules.add(rule, List.of("(jong|jonge) (team"), false));
    }

    private static Finding first(ScreeningLanguage language, String body) {
        return screen(language, body, false, List.of()).get(0);
    }

    @Test
    void findingsPerRuleAreCappedAndTheRestCounted() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            body.append("Mail collega ").append(i).append(" op persoon").append(i).append("@example.nl. ");
        }
        ScreeningResult result = SCREENER.screen(new ScreeningInput(ScreeningLanguage.NL, null, null, body.toString(), false,
                1, List.of(), true, List.of(), List.of()));
        assertEquals(Screener.MAX_FINDINGS_PER_RULE,
                result.findings().stream().filter(f -> f.rule().equals("careful.email-address")).count());
        ScreeningResult.Omitted omitted = result.omitted().stream().filter(o -> o.rule().equals("careful.email-address"))
                .findFirst().orElseThrow();
        assertEquals(60 - Screener.MAX_FINDINGS_PER_RULE, omitted.count());
        assertEquals(Severity.BLOCK, omitted.severity());
    }

    /**
     * Pathological bodies screen in time linear in their length (issue 13, item 9: 50,000 '@' took 0.5 s, quadratic).
     * The bound is generous (a quadratic scan of 200,000 characters takes seconds), on the thread's CPU time so a busy
     * machine does not fail it; the benchmark prints real figures.
     */
    @Test
    void pathologicalBodiesScreenInLinearTime() {
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (String unit : List.of("@", "1", "7 ", "Jan ", "Jansen de Vries ", "a@b.", "€1.000.000 ", "NL91 ")) {
            String body = unit.repeat(200_000 / unit.length());
            ScreeningInput input = new ScreeningInput(ScreeningLanguage.NL, null, null, body, false, 1, List.of(), true,
                    List.of(), List.of());
            SCREENER.screen(input);
            long start = cpu.getCurrentThreadCpuTime();
            ScreeningResult result = SCREENER.screen(input);
            long millis = (cpu.getCurrentThreadCpuTime() - start) / 1_000_000;
            assertTrue(millis < 1_000, "200,000 characters of '" + unit + "' took " + millis + " ms of CPU");
            assertTrue(result.findings().size() <= 50 * Screener.MAX_FINDINGS_PER_RULE, "findings are capped per rule");
        }
    }

    private static Finding only(List<Finding> findings, String rule) {
        List<Finding> matching = findings.stream().filter(f -> f.rule().equals(rule)).toList();
        assertEquals(1, matching.size(), rule + " in " + findings);
        return matching.get(0);
    }

    private static List<Finding> screen(ScreeningLanguage language, String body, boolean sensitive, List<String> consented) {
        return SCREENER.screen(new ScreeningInput(language, null, null, body, false, 1, List.of(), sensitive, consented, List.of()))
                .findings();
    }

    @Test
    void aLongFindingsExcerptNeverEndsInHalfACharacter() {
        String split = "a".repeat(199) + "\uD83D\uDE00" + "b".repeat(50); // the emoji would straddle the 200th char
        assertEquals("a".repeat(199), excerptOf(split));
        String whole = "a".repeat(198) + "\uD83D\uDE00" + "b".repeat(50); // the emoji ends at the 200th char
        assertEquals(whole.substring(0, 200), excerptOf(whole));
    }

    private static String excerptOf(String body) {
        return Finding.at(Text.of("body", body), 0, body.length(), Finding.LANGUAGE_LEVEL, "test.rule", Severity.INFO,
                "nl", "en", null, null).excerpt();
    }
}
