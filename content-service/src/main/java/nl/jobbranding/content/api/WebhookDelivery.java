package nl.jobbranding.content.api;

import nl.jobbranding.content.model.DeliveryStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(description = "One event delivered (or still to be delivered) to a subscription, with its attempts.")
public record WebhookDelivery(
        UUID id,
        @Schema(description = "The event, also the webhook-id header: the same on every attempt.") UUID eventId,
        @Schema(example = "story.published") String eventType,
        @Schema(description = "What the event is about (a story, an appeal's story, a featured person).") UUID subjectId,
        @Schema(description = "pending until the receiver answers 2xx, then delivered.", example = "delivered")
        DeliveryStatus status,
        @Schema(description = "Attempts made so far.", example = "1") int attempts,
        @Schema(nullable = true, description = "When it is tried next, while pending.") Instant nextAttemptAt,
        @Schema(nullable = true) Instant deliveredAt,
        @Schema(description = "The last 10 attempts, oldest first.") List<Attempt> recentAttempts) {

    @Schema(description = "One attempt: when, what the receiver answered or why there was no answer, how long it took.")
    public record Attempt(Instant at, @Schema(nullable = true, example = "200") Integer status,
                          @Schema(nullable = true, example = "The receiver answered HTTP 503.") String error,
                          @Schema(example = "42") int durationMs) {
    }
}
