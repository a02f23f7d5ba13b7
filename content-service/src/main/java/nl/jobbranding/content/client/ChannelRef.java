package nl.jobbranding.content.client;

import java.util.Set;

/** What content-service needs to know of a channel in campaign-service: its audience's expectations. */
public record ChannelRef(String code, String name, Audience audience) {

    public record Audience(Integer maxLength, String hashtagPolicy, Integer maxHashtags, Set<String> formats,
                           String languageLevel) {
    }
}
