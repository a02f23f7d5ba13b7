package nl.jobbranding.campaign.model;

import nl.jobbranding.api.model.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.UuidGenerator;

import java.math.BigDecimal;
import java.util.UUID;

/** Community-management capacity a campaign has on one channel. */
@Entity
@Table(name = "capacity")
public class CapacityEntity extends Audited {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    public UUID campaignId;

    @Column(name = "channel_code", nullable = false, updatable = false)
    public String channelCode;

    @Column(name = "hours_per_week", nullable = false, precision = 5, scale = 2)
    public BigDecimal hoursPerWeek;

    @Column(name = "review_minutes_per_story", nullable = false)
    public int reviewMinutesPerStory;
}
