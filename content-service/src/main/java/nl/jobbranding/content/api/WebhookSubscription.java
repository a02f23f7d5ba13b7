package nl.jobbranding.content.api;

import nl.jobbranding.content.model.SubscriptionStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(description = "A webhook subscription. Its secret is answered only once, when it is made.")
public record WebhookSubscription(
        UUID id,
        @Schema(example = "https://webhooks.example.nl/job-branding") String url,
        @Schema(example = "[\"story.published\"]") List<String> eventTypes,
        @Schema(nullable = true, example = "Website: pagina's verversen bij publicatie") String description,
        @Schema(example = "active") SubscriptionStatus status,
        @Schema(nullable = true, description = "Why it was disabled, when the deliverer disabled it after a long failure.",
                example = "Every delivery failed since 2026-11-27T08:00:00Z; the last: The receiver answered HTTP 503.")
        String disabledReason,
        @Schema(nullable = true, description = "Since when deliveries fail, while they do.") Instant failingSince,
        Instant createdAt,
        @Schema(nullable = true, description = "Only in the answer that made the subscription (null elsewhere): the secret to verify signatures with.",
                example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        String secret) {
}
