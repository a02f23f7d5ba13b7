package nl.jobbranding.content.service;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Corpus entries that the corpus's parser reads back as the same text with the same labels. */
class CorpusFormatTest {

    @Test
    void labelsAreMarkedInTextOrderAndOverlapsGoToTheFirst() {
        String body = "Bel Ahmed op 06-12345678.\nWe zoeken jonge mensen.";
        List<CorpusFormat.Label> labels = List.of(
                new CorpusFormat.Label("body", body.indexOf("jonge"), body.indexOf("jonge") + 12, "just"),
                new CorpusFormat.Label("body", 4, 9, "careful"),
                new CorpusFormat.Label("body", 4, 24, "careful"),
                new CorpusFormat.Label("summary", 0, 3, "careful"));
        assertEquals(Optional.of("=== s1 sensitive unit=DJI channel=blog,linkedin consented=Sanne\nEen dag met Sanne\n"
                        + "Bel [[careful:Ahmed]] op 06-12345678.\nWe zoeken [[just:jonge mensen]].\n"),
                CorpusFormat.entry("s1", true, "DJI", List.of("blog", "linkedin"), List.of("Sanne", "Piet", "A;B"),
                        "Een dag met Sanne", body, labels));
    }

    @Test
    void aSpanOverSeveralLinesKeepsItsFirstLineAndTheBodyIsStrippedAsTheParserDoes() {
        String body = "\n  Eerste regel.\nTweede regel.";
        String entry = CorpusFormat.entry("s2", false, "OM", List.of(), List.of(), "Titel", body,
                List.of(new CorpusFormat.Label("body", 0, body.length(), "language-level"))).orElseThrow();
        assertEquals("=== s2 unit=OM\nTitel\n[[language-level:Eerste regel.]]\nTweede regel.\n", entry);
    }

    @Test
    void aTextTheFormatCannotHoldIsLeftOut() {
        assertEquals(Optional.empty(), CorpusFormat.entry("s3", false, "OM", List.of(), List.of(), "Titel",
                "Zie [[dit]].", List.of()));
        assertEquals(Optional.empty(), CorpusFormat.entry("s4", false, "OM", List.of(), List.of(), "Titel",
                "Regel\n=== geen kop", List.of()));
    }
}
