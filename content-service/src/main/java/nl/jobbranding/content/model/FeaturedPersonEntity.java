package nl.jobbranding.content.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import nl.jobbranding.api.model.Audited;
import org.hibernate.annotations.UuidGenerator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A person who appears in stories, with the consent they gave: what, for which channels, from when until when. */
@Entity
@Table(name = "featured_person")
public class FeaturedPersonEntity extends Audited {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(name = "unit_code", nullable = false, updatable = false)
    public String unitCode;

    @Column(nullable = false)
    public String name;

    @Column(name = "consent_scope", nullable = false)
    public String consentScope;

    @Column(name = "consent_given_on", nullable = false)
    public LocalDate consentGivenOn;

    @Column(name = "consent_valid_until", nullable = false)
    public LocalDate consentValidUntil;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    @ElementCollection
    @CollectionTable(name = "featured_person_channel", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "channel_code", nullable = false)
    public Set<String> channelCodes = new HashSet<>();

    /** Why the consent does not cover a story on these channels at this moment, or null when it does. */
    public String consentProblem(Collection<String> channels, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (withdrawnAt != null) {
            return "the consent of featured person " + id + " was withdrawn";
        }
        if (today.isBefore(consentGivenOn) || today.isAfter(consentValidUntil)) {
            return "the consent of featured person " + id + " holds from " + consentGivenOn + " to " + consentValidUntil;
        }
        Set<String> uncovered = new HashSet<>(channels);
        uncovered.removeAll(channelCodes);
        if (!uncovered.isEmpty()) {
            return "the consent of featured person " + id + " does not cover the channels " + uncovered.stream().sorted().toList();
        }
        return null;
    }
}
