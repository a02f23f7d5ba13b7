package nl.jobbranding.campaign.model;

import nl.jobbranding.api.model.Audited;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.UuidGenerator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The umbrella concept under which units make their daily work visible. */
@Entity
@Table(name = "campaign")
public class CampaignEntity extends Audited {

    /** Time-ordered (UUID version 7), so that ordering by id is ordering by creation. */
    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(nullable = false)
    public String name;

    public String tagline;

    public String description;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CampaignStatus status;

    @ElementCollection
    @CollectionTable(name = "campaign_value", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderColumn(name = "position")
    public List<CampaignValue> values = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "campaign_screening_term", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderColumn(name = "position")
    public List<CampaignTerm> screeningTerms = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "campaign_target_group", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "target_group_code", nullable = false)
    public Set<String> targetGroupCodes = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "campaign_channel", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "channel_code", nullable = false)
    public Set<String> channelCodes = new HashSet<>();
}
