package nl.jobbranding.content.model.stored;

import java.util.List;
import java.util.UUID;

/**
 * A story's content as stored (in {@code story.content} and, never changed, in every {@code story_revision.content}),
 * version 1. Enumerations are stored as lower-case codes ({@code markdown}, {@code nl}).
 */
public record StoredContentV1(int schema, String title, String summary, String body, String bodyFormat, String language,
                              List<String> channels, List<String> tags, List<Media> media, List<String> vacancyLinks,
                              Author author, List<UUID> featuredPeople, ContactPerson contactPerson) {

    public static final int SCHEMA = 1;

    public record Media(String url, String altText) {
    }

    public record Author(String name, boolean pseudonym, String role) {
    }

    public record ContactPerson(String name, String role, String email, String phone) {
    }
}
