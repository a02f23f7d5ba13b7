package nl.jobbranding.api.rest;

import jakarta.ws.rs.core.EntityTag;
import nl.jobbranding.api.service.IfMatch;
import nl.jobbranding.api.service.ServiceException;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Strong ETags from resource versions, and the If-Match header parsed into the versions a client changes. */
public final class ETags {

    public static final String IF_MATCH = "If-Match";
    public static final String IF_MATCH_ON_DELETE = "Optional: the ETag you read; the resource is deleted only if it is "
            + "still at that version.";

    private static final Pattern ENTITY_TAG = Pattern.compile("\\s*(W/)?\"([^\"]*)\"\\s*(,|$)");

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Null when the header is absent; weak tags never match (RFC 9110 strong comparison). */
    public static IfMatch ifMatch(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        if (header.trim().equals("*")) {
            return IfMatch.ANY;
        }
        Set<Long> versions = new HashSet<>();
        Matcher matcher = ENTITY_TAG.matcher(header);
        int end = 0;
        while (end < header.length() && matcher.find(end) && matcher.start() == end) {
            if (matcher.group(1) == null) {
                try {
                    versions.add(Long.parseLong(matcher.group(2)));
                } catch (NumberFormatException e) {
                    // a tag this API never handed out: it matches no version
                }
            }
            end = matcher.end();
        }
        if (end < header.length()) {
            throw ServiceException.invalid(IF_MATCH, "must be * or a list of quoted ETags, such as \"3\"");
        }
        return new IfMatch(Set.copyOf(versions), false);
    }
}
