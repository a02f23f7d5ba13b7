package nl.jobbranding.content.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.UuidGenerator;

import java.time.Instant;
import java.util.UUID;

/**
 * A span of a screened revision that a community manager says the pre-screen should have found for a value, with a
 * note; never changed once written.
 */
@Entity
@Table(name = "screening_miss")
public class ScreeningMissEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(name = "story_id", nullable = false, updatable = false)
    public UUID storyId;

    @Column(nullable = false, updatable = false)
    public int revision;

    /** title, summary or body. */
    @Column(nullable = false, updatable = false)
    public String field;

    /** UTF-16 offset of the first character. */
    @Column(name = "start_offset", nullable = false, updatable = false)
    public int start;

    /** UTF-16 offset after the last character. */
    @Column(name = "end_offset", nullable = false, updatable = false)
    public int end;

    @Column(nullable = false, updatable = false)
    public String value;

    /** The span's text, at most 200 characters. */
    @Column(nullable = false, updatable = false)
    public String excerpt;

    @Column(nullable = false, updatable = false)
    public String note;

    @Column(name = "reported_by", nullable = false, updatable = false)
    public String reportedBy;

    @Column(name = "reported_at", nullable = false, updatable = false)
    public Instant reportedAt;
}
