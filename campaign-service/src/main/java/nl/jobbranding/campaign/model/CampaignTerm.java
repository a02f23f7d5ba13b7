package nl.jobbranding.campaign.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A term the campaign adds to the pre-screen of its stories. */
@Embeddable
public class CampaignTerm {

    @Column(nullable = false)
    public String phrase;

    @Column(name = "value_code", nullable = false)
    public String valueCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TermSeverity severity;

    public String language;

    public String note;

    public CampaignTerm() {
    }

    public CampaignTerm(String phrase, String valueCode, TermSeverity severity, String language, String note) {
        this.phrase = phrase;
        this.valueCode = valueCode;
        this.severity = severity;
        this.language = language;
        this.note = note;
    }
}
