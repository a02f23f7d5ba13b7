package nl.jobbranding.campaign.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A value a campaign's stories are reviewed against, with guidance for the reviewers. */
@Embeddable
public class CampaignValue {

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String guidance;

    @Column(name = "government_wide", nullable = false)
    public boolean governmentWide;

    public CampaignValue() {
    }

    public CampaignValue(String code, String name, String guidance, boolean governmentWide) {
        this.code = code;
        this.name = name;
        this.guidance = guidance;
        this.governmentWide = governmentWide;
    }
}
