package nl.jobbranding.content.service;

import nl.jobbranding.content.api.StoryContent;
import nl.jobbranding.content.client.SeriesRef;
import nl.jobbranding.content.model.FeaturedPersonEntity;
import nl.jobbranding.content.screening.Finding;
import nl.jobbranding.content.screening.Severity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What submission would refuse, said early: while a draft is screened and when it is saved. */
final class EarlyWarnings {

    private EarlyWarnings() {
    }

    /**
     * What submission would refuse, said while the draft is still being written: a channel outside the series, and a
     * featured person whose consent does not cover the story's channels today. Warnings on the field, not refusals.
     * The one definition used when a draft is screened (POST /screenings) and when it is saved (POST and PUT /stories);
     * without the series (campaign-service did not say) only the consent is checked.
     */
    static List<Finding> of(StoryContent content, SeriesRef series, List<FeaturedPersonEntity> featured, Instant now) {
        List<Finding> warnings = new ArrayList<>();
        if (series != null && series.channels() != null) {
            for (int i = 0; i < content.channels().size(); i++) {
                String code = content.channels().get(i);
                if (!series.channels().contains(code)) {
                    String field = "channels[" + i + "]";
                    warnings.add(new Finding("channel-fit.outside-series@" + field + ":0-" + code.length(), "channel-fit",
                            "channel-fit.outside-series", Severity.WARN,
                            "De serie '" + series.name() + "' gebruikt dit kanaal niet; indienen wordt geweigerd.",
                            "The series '" + series.name() + "' does not use this channel; submission would be refused.",
                            field, 0, code.length(), code, "Kies uit de kanalen van de serie: " + String.join(", ", series.channels()),
                            code));
                }
            }
        }
        for (int i = 0; i < featured.size(); i++) {
            FeaturedPersonEntity person = featured.get(i);
            String problem = person.consentProblem(content.channels(), now);
            if (problem != null) {
                String field = "featuredPeople[" + i + "]";
                warnings.add(new Finding("careful.consent@" + field + ":0-" + person.name.length(), "careful", "careful.consent",
                        Severity.WARN, "Toestemming dekt dit verhaal niet: " + problem + "; indienen wordt geweigerd.",
                        "Consent does not cover this story: " + problem + "; submission would be refused.",
                        field, 0, person.name.length(), person.name,
                        "Vraag nieuwe toestemming voor deze kanalen, of laat de persoon weg.", null));
            }
        }
        return warnings;
    }
}
