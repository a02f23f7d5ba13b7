package nl.jobbranding.content.screening;

import java.util.Set;

/**
 * What a channel's audience expects, as far as the screen can check it.
 *
 * @param hashtagPolicy none, optional or required
 * @param formats       the channel's formats, e.g. text-post, article, short-video
 * @param languageLevel the CEFR level (A1 to C2) texts must not exceed
 */
public record ChannelProfile(String code, String name, int maxLength, String hashtagPolicy, int maxHashtags,
                             Set<String> formats, String languageLevel) {
}
