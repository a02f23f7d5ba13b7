package nl.jobbranding.content.screening;

import java.util.List;
import java.util.Set;

/** Channel fit: the channel profile's maximum length, hashtag policy and formats, from campaign-service. */
final class ChannelFit {

    private static final Set<String> TEXT_FORMATS = Set.of("text-post", "article", "vacancy", "carousel");

    private ChannelFit() {
    }

    static void scan(Text body, boolean markdown, int mediaCount, List<ChannelProfile> channels, List<Finding> out) {
        int length = body.value.length();
        List<int[]> hashtags = hashtags(body.value);
        for (ChannelProfile channel : channels) {
            String code = channel.code();
            String name = channel.name() == null ? code : channel.name();
            if (channel.maxLength() > 0 && length > channel.maxLength()) {
                out.add(Finding.at(body, channel.maxLength(), length, Finding.CHANNEL_FIT, "channel-fit.too-long", Severity.WARN,
                        "Te lang voor " + name + ": " + length + " tekens, het maximum is " + channel.maxLength() + ".",
                        "Too long for " + name + ": " + length + " characters, the maximum is " + channel.maxLength() + ".",
                        null, code));
            }
            String policy = channel.hashtagPolicy() == null ? "optional" : channel.hashtagPolicy();
            if ("none".equals(policy) && !hashtags.isEmpty()) {
                int[] first = hashtags.get(0);
                out.add(Finding.at(body, first[0], first[1], Finding.CHANNEL_FIT, "channel-fit.hashtags", Severity.WARN,
                        name + " gebruikt geen hashtags.", name + " does not use hashtags.", null, code));
            } else if (!"none".equals(policy) && hashtags.size() > channel.maxHashtags()) {
                int[] extra = hashtags.get(channel.maxHashtags());
                out.add(Finding.at(body, extra[0], hashtags.get(hashtags.size() - 1)[1], Finding.CHANNEL_FIT, "channel-fit.hashtags",
                        Severity.WARN, "Te veel hashtags voor " + name + ": " + hashtags.size() + ", hooguit " + channel.maxHashtags() + ".",
                        "Too many hashtags for " + name + ": " + hashtags.size() + ", at most " + channel.maxHashtags() + ".", null, code));
            } else if ("required".equals(policy) && hashtags.isEmpty() && length > 0) {
                out.add(Finding.at(body, Math.max(0, length - 1), length, Finding.CHANNEL_FIT, "channel-fit.hashtags", Severity.INFO,
                        name + " verwacht hashtags; de tekst heeft er geen.", name + " expects hashtags; the text has none.",
                        null, code));
            }
            Set<String> formats = channel.formats() == null ? Set.of() : channel.formats();
            boolean textChannel = formats.stream().anyMatch(TEXT_FORMATS::contains);
            if (!formats.isEmpty() && !textChannel && mediaCount == 0) {
                out.add(Finding.at(body, 0, Math.min(length, 1), Finding.CHANNEL_FIT, "channel-fit.format", Severity.WARN,
                        name + " verwacht " + formats + "; het verhaal heeft geen beeld of video.",
                        name + " expects " + formats + "; the story has no image or video.", null, code));
            } else if (markdown && !formats.contains("article") && hasMarkup(body.value)) {
                out.add(Finding.at(body, 0, Math.min(length, 1), Finding.CHANNEL_FIT, "channel-fit.format", Severity.INFO,
                        "Opmaak (koppen, links) wordt op " + name + " niet getoond.",
                        "Formatting (headings, links) is not shown on " + name + ".", null, code));
            }
        }
    }

    private static List<int[]> hashtags(String s) {
        List<int[]> spans = new java.util.ArrayList<>();
        for (int i = s.indexOf('#'); i >= 0; i = s.indexOf('#', i + 1)) {
            int end = i + 1;
            while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '_')) {
                end++;
            }
            boolean wordStart = i == 0 || Character.isWhitespace(s.charAt(i - 1)) || s.charAt(i - 1) == '(';
            if (end > i + 1 && wordStart && Character.isLetter(s.charAt(i + 1))) {
                spans.add(new int[] {i, end});
            }
        }
        return spans;
    }

    private static boolean hasMarkup(String s) {
        return s.startsWith("#") || s.contains("\n#") || s.contains("](") || s.contains("**");
    }
}
