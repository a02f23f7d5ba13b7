package nl.jobbranding.content.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import nl.jobbranding.content.model.SubscriptionStatus;
import nl.jobbranding.content.rest.EventTypesInDocument;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "Where events of which types are delivered, and the secret their signatures are made with.")
public record WebhookSubscriptionInput(
        @Schema(description = "An https URL whose host resolves to public addresses only.",
                example = "https://webhooks.example.nl/job-branding")
        @NotBlank @Size(max = 2000) String url,
        @Schema(description = "The event types to deliver: " + EventTypesInDocument.PLACEHOLDER + ".",
                example = "[\"story.submitted\", \"story.published\", \"story.withdrawn\"]")
        @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 60) String> eventTypes,
        @Schema(description = "What the subscription is for.", example = "Website: pagina's verversen bij publicatie")
        @Size(max = 500) String description,
        @Schema(description = "Optional: your own secret, 'whsec_' and the base64 of 24 to 64 random bytes. Without one "
                + "a secret is made; either way it is answered once, when the subscription is made, and never again. "
                + "Giving one on a change replaces it.",
                example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        @Size(max = 200) String secret,
        @Schema(description = "active, or disabled to stop deliveries for a while (they wait, and follow when active "
                + "again). A new subscription is active.", example = "active")
        SubscriptionStatus status) {
}
