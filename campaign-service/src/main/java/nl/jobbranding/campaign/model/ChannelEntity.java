package nl.jobbranding.campaign.model;

import nl.jobbranding.api.model.Audited;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.util.HashSet;
import java.util.Set;

/** An online channel and what its audience expects. */
@Entity
@Table(name = "channel")
public class ChannelEntity extends Audited {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "audience_description", nullable = false)
    public String audienceDescription;

    @Column(nullable = false)
    public String tone;

    @ElementCollection
    @CollectionTable(name = "channel_format", joinColumns = @JoinColumn(name = "channel_code"))
    @Column(name = "format", nullable = false)
    @Enumerated(EnumType.STRING)
    public Set<ContentFormat> formats = new HashSet<>();

    @Column(name = "max_length", nullable = false)
    public int maxLength;

    @Enumerated(EnumType.STRING)
    @Column(name = "hashtag_policy", nullable = false)
    public HashtagPolicy hashtagPolicy;

    @Column(name = "max_hashtags", nullable = false)
    public int maxHashtags;

    @Enumerated(EnumType.STRING)
    @Column(name = "language_level", nullable = false)
    public LanguageLevel languageLevel;
}
