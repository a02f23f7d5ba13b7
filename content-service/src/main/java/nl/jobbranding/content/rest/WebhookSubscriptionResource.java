package nl.jobbranding.content.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import nl.jobbranding.api.Page;
import nl.jobbranding.api.rest.ETags;
import nl.jobbranding.api.rest.Paging;
import nl.jobbranding.api.rest.Responses;
import nl.jobbranding.api.security.Roles;
import nl.jobbranding.api.service.Versioned;
import nl.jobbranding.content.api.WebhookDelivery;
import nl.jobbranding.content.api.WebhookSubscription;
import nl.jobbranding.content.api.WebhookSubscriptionInput;
import nl.jobbranding.content.service.WebhookService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/v1/webhook-subscriptions")
@RolesAllowed(Roles.CAMPAIGN_MANAGER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class WebhookSubscriptionResource {

    private final WebhookService webhooks;
    private final Paging paging;
    private final CurrentActor actor;

    WebhookSubscriptionResource(WebhookService webhooks, Paging paging, CurrentActor actor) {
        this.webhooks = webhooks;
        this.paging = paging;
        this.actor = actor;
    }

    @POST
    @Operation(summary = "Subscribe to events", description = "Campaign managers: events of the given types, from now on, "
            + "are POSTed to the URL as JSON ({id, type, timestamp, data}, as GET /events lists them), at least once and "
            + "in order per story, signed per Standard Webhooks: headers webhook-id (the event id: de-duplicate by it), "
            + "webhook-timestamp and webhook-signature ('v1,' and the base64 HMAC-SHA256 of id.timestamp.body, keyed "
            + "with the base64 part of the secret). A 2xx answer is a delivery; anything else is tried again after a "
            + "doubling delay. Only https URLs whose host resolves to public addresses are accepted. The secret is "
            + "answered here once, and never again.")
    @APIResponse(responseCode = "201",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookSubscription.class)),
            description = "Subscribed; the answer holds the secret. Location points at the subscription.")
    @APIResponse(responseCode = "400", description = "The URL is not https, or resolves to a loopback, private or link-local "
            + "address (the problem says which); an unknown event type; a secret that cannot sign.")
    public RestResponse<WebhookSubscription> createWebhookSubscription(@NotNull @Valid WebhookSubscriptionInput body,
                                                                      @Context UriInfo uriInfo) {
        Versioned<WebhookSubscription> created = webhooks.create(body, actor.get());
        return Responses.created(created, uriInfo, created.value().id());
    }

    @GET
    @Operation(summary = "List webhook subscriptions", description = "Every subscription, oldest first, without secrets.")
    @APIResponse(responseCode = "200", description = "A page of subscriptions.")
    public Page<WebhookSubscription> listWebhookSubscriptions(@Parameter(ref = "limit") @QueryParam(Paging.LIMIT) String limit,
                                                              @Parameter(ref = "cursor") @QueryParam(Paging.CURSOR) String cursor,
                                                              @Context UriInfo uriInfo) {
        return paging.page(webhooks.list(paging.request(limit, cursor)), uriInfo);
    }

    @GET
    @Path("/{subscriptionId}")
    @Operation(summary = "Get a webhook subscription", description = "Its URL, event types and status: a disabled one "
            + "says why (disabledReason), a failing one since when (failingSince).")
    @APIResponse(responseCode = "200", description = "The subscription.")
    @APIResponse(responseCode = "304", description = "Not changed since the version in If-None-Match.")
    public RestResponse<WebhookSubscription> getWebhookSubscription(
            @Parameter(description = "Subscription id.") @PathParam("subscriptionId") UUID subscriptionId,
            @Context Request request) {
        return Responses.ok(webhooks.get(subscriptionId), request, "webhook subscription");
    }

    @PUT
    @Path("/{subscriptionId}")
    @Operation(summary = "Update a webhook subscription", description = "Replaces URL, event types and description; a "
            + "secret given replaces the secret (it is not answered). Status 'disabled' stops deliveries, 'active' starts "
            + "them again after a manager or the deliverer disabled the subscription: events that came meanwhile follow, "
            + "in order. Send the ETag you read in If-Match.")
    @APIResponse(responseCode = "200", description = "Updated.")
    @APIResponse(responseCode = "400", description = "As when subscribing.")
    public RestResponse<WebhookSubscription> updateWebhookSubscription(
            @Parameter(description = "Subscription id.") @PathParam("subscriptionId") UUID subscriptionId,
            @Parameter(ref = "If-Match") @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid WebhookSubscriptionInput body) {
        return Responses.ok(webhooks.update(subscriptionId, ETags.ifMatch(ifMatch), body));
    }

    @DELETE
    @Path("/{subscriptionId}")
    @Operation(summary = "Delete a webhook subscription", description = "Stops it for good, with its delivery log.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public RestResponse<Void> deleteWebhookSubscription(
            @Parameter(description = "Subscription id.") @PathParam("subscriptionId") UUID subscriptionId,
            @Parameter(description = ETags.IF_MATCH_ON_DELETE, schema = @Schema(type = SchemaType.STRING))
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        webhooks.delete(subscriptionId, ETags.ifMatch(ifMatch));
        return Responses.noContent();
    }

    @GET
    @Path("/{subscriptionId}/deliveries")
    @Operation(summary = "List a subscription's deliveries", description = "The delivery log, newest first: per event "
            + "its status (pending or delivered), attempts, when it is tried next, and the last attempts with what the "
            + "receiver answered and how long it took.")
    @APIResponse(responseCode = "200", description = "A page of deliveries.")
    public Page<WebhookDelivery> listWebhookDeliveries(
            @Parameter(description = "Subscription id.") @PathParam("subscriptionId") UUID subscriptionId,
            @Parameter(ref = "limit") @QueryParam(Paging.LIMIT) String limit,
            @Parameter(ref = "cursor") @QueryParam(Paging.CURSOR) String cursor, @Context UriInfo uriInfo) {
        return paging.page(webhooks.deliveries(subscriptionId, paging.request(limit, cursor)), uriInfo);
    }

    @POST
    @Path("/{subscriptionId}/deliveries/{deliveryId}/redelivery")
    @Operation(summary = "Deliver an event again", description = "Sends the delivery's event again, now, with the same "
            + "webhook-id (a receiver that has it already can tell); later events of the same story wait for it.")
    @APIResponse(responseCode = "200", description = "The delivery, pending again.")
    public WebhookDelivery redeliverWebhook(
            @Parameter(description = "Subscription id.") @PathParam("subscriptionId") UUID subscriptionId,
            @Parameter(description = "Delivery id.") @PathParam("deliveryId") UUID deliveryId) {
        return webhooks.redeliver(subscriptionId, deliveryId);
    }
}
