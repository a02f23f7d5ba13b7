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
import jakarta.persistence.Table;
import org.hibernate.annotations.UuidGenerator;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A unit's job-branding series within a campaign, such as DJI's "De scherpe blik". */
@Entity
@Table(name = "series")
public class SeriesEntity extends Audited {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    public UUID campaignId;

    @Column(name = "unit_code", nullable = false, updatable = false)
    public String unitCode;

    @Column(nullable = false)
    public String name;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContentFormat format;

    @Column(name = "stories_per_month", nullable = false)
    public int storiesPerMonth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SeriesStatus status;

    @ElementCollection
    @CollectionTable(name = "series_channel", joinColumns = @JoinColumn(name = "series_id"))
    @Column(name = "channel_code", nullable = false)
    public Set<String> channelCodes = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "series_target_group", joinColumns = @JoinColumn(name = "series_id"))
    @Column(name = "target_group_code", nullable = false)
    public Set<String> targetGroupCodes = new HashSet<>();
}
