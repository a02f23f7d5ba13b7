package nl.jobbranding.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.content.model.Action;
import nl.jobbranding.content.model.AuditEventEntity;
import nl.jobbranding.content.model.Role;
import nl.jobbranding.content.model.StoryEntity;
import nl.jobbranding.content.model.StoryState;
import nl.jobbranding.content.repository.AuditRepository;

import java.time.Instant;

/**
 * Writes a story's audit trail: one entry for every action, in the same transaction as the action itself, and with it
 * the action's event for subscribers ({@link Events}), if it is one.
 */
@ApplicationScoped
class AuditTrail {

    private final AuditRepository events;
    private final Events outbox;

    AuditTrail(AuditRepository events, Events outbox) {
        this.events = events;
        this.outbox = outbox;
    }

    void record(StoryEntity story, Actor actor, Role role, Action action, StoryState from, String reason, Instant at) {
        AuditEventEntity event = new AuditEventEntity();
        event.storyId = story.id;
        event.at = at;
        event.actorId = actor.id();
        event.actorName = actor.name();
        event.actorRole = role;
        event.action = action;
        event.fromState = from;
        event.toState = story.state;
        event.revision = story.revision;
        event.reason = reason;
        events.persist(event);
        outbox.story(story, action, from, at);
    }
}
