package nl.jobbranding.campaign.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.jobbranding.api.model.ApiEnum;
import nl.jobbranding.api.service.Outbox;
import nl.jobbranding.campaign.model.CampaignEntity;
import nl.jobbranding.campaign.model.SeriesEntity;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * campaign-service's events (transactional outbox): a campaign or series created, changed or deleted, written in the
 * transaction of the change. They carry ids, codes and statuses only.
 */
@ApplicationScoped
public class Events {

    /** What happened. */
    public enum Type {
        CAMPAIGN_CREATED, CAMPAIGN_CHANGED, CAMPAIGN_DELETED, SERIES_CREATED, SERIES_CHANGED, SERIES_DELETED;

        /** As it travels: {@code campaign.created}, {@code series.changed}. */
        public String value() {
            return ApiEnum.value(this).replaceFirst("-", ".");
        }
    }

    private final EntityManager entityManager;

    Events(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void campaign(Type type, CampaignEntity campaign) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("campaignId", campaign.id.toString());
        data.put("status", campaign.status.toString());
        Outbox.record(entityManager, type.value(), campaign.id, Instant.now(), data);
    }

    void series(Type type, SeriesEntity series) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("seriesId", series.id.toString());
        data.put("campaignId", series.campaignId.toString());
        data.put("unitCode", series.unitCode);
        data.put("status", series.status.toString());
        Outbox.record(entityManager, type.value(), series.id, Instant.now(), data);
    }

    /** Committed events after a position, in commit order. */
    @Transactional
    public Outbox.Page feed(Outbox.Position after, int limit) {
        return Outbox.feed(entityManager, after, limit);
    }
}
