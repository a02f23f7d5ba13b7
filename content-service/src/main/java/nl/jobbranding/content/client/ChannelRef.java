package nl.jobbranding.content.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.Set;

/** What content-service needs to know of a channel in campaign-service: its audience's expectations. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChannelRef(String code, String name, Audience audience) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Audience(Integer maxLength, String hashtagPolicy, Integer maxHashtags, Set<String> formats,
                           String languageLevel) {
    }

    /** A page of channels. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(List<ChannelRef> items) {
    }
}
