package nl.jobbranding.content.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.jobbranding.api.Event;

import java.time.Instant;
import java.util.UUID;

/**
 * Where content-service is in campaign-service's events feed (one row), and the copies of those events in its outbox.
 */
@ApplicationScoped
public class CampaignEventImportRepository {

    private final EntityManager entityManager;
    private final ObjectMapper json;

    CampaignEventImportRepository(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    /** The position in campaign-service's feed after the last event copied ({@code ""}: the start). */
    public String position() {
        return (String) entityManager.createNativeQuery("select after_cursor from campaign_event_import where id = 1")
                .getSingleResult();
    }

    /**
     * Moves the position on, if it is still where this reader found it (otherwise another instance copied the same
     * page meanwhile, and this one must not); the row stays locked until the caller commits.
     */
    public boolean advance(String from, String to, int copied, Instant now) {
        return entityManager.createNativeQuery("update campaign_event_import set after_cursor = :to, copied = copied + :copied, "
                        + "updated_at = :now where id = 1 and after_cursor = :from")
                .setParameter("to", to).setParameter("copied", copied).setParameter("now", now).setParameter("from", from)
                .executeUpdate() == 1;
    }

    /** Adds a copy of another service's event to the outbox, with its own id (nothing when it is there already). */
    public void copy(Event event, UUID subjectId) {
        String data;
        try {
            data = json.writeValueAsString(event.data());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event whose data cannot be written as JSON: " + event.id(), e);
        }
        entityManager.createNativeQuery("insert into event (id, type, subject_id, occurred_at, data) "
                        + "values (:id, :type, :subject, :at, cast(:data as jsonb)) on conflict (id) do nothing")
                .setParameter("id", event.id()).setParameter("type", event.type()).setParameter("subject", subjectId)
                .setParameter("at", event.timestamp()).setParameter("data", data).executeUpdate();
    }
}
