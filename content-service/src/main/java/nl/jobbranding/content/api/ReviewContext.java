package nl.jobbranding.content.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.jobbranding.api.Page;

/**
 * What a reviewer reads about one story, in one answer: the story, the pre-screen of its current revision, and the first
 * page of its revisions, comments and audit trail (each a page as its own list gives it, with the link to the next).
 * The same as asking the five resources one by one, with the caller's rights; a review page asks once instead of five
 * times.
 */
@Schema(description = "What a reviewer reads about one story in one answer: the story, the pre-screen of its current revision, "
        + "and the first page of its revisions, comments and audit trail, each as its own list would give it (follow a "
        + "list's _links.next.href for more).")
public record ReviewContext(
        Story story,
        @Schema(description = "The story's ETag, as GET /stories/{storyId} sends it: send it in If-Match to act on the story.",
                example = "\"3\"") String storyETag,
        @Schema(nullable = true, description = "The pre-screen of the current revision; null while it has none (a draft).")
        Screening screening,
        @Schema(description = "The first page of revisions, oldest first (as GET /stories/{storyId}/revisions?limit=20).")
        Page<Revision> revisions,
        @Schema(description = "The first page of comments (as GET /stories/{storyId}/comments?limit=50).")
        Page<Comment> comments,
        @Schema(description = "The first page of the audit trail, oldest first (as GET /stories/{storyId}/audit-trail?limit=50).")
        Page<AuditEvent> auditTrail) {
}
