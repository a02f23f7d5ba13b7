package nl.jobbranding.campaign.repository;

import nl.jobbranding.api.repository.Filter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;
import nl.jobbranding.campaign.model.CampaignEntity;
import nl.jobbranding.campaign.model.CampaignRead;
import nl.jobbranding.campaign.model.CampaignStatus;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CampaignRepository implements PanacheRepositoryBase<CampaignEntity, UUID> {

    /**
     * A campaign and its four collections as one JSON document, in one statement: values and screening terms in their
     * positions, target groups and channels sorted by code (collation C: the order of Java's String comparison, which the
     * entity's mapping uses), enum constants in the API's spelling, timestamps in UTC with their microseconds.
     */
    private static final String WHOLE = """
            select cast(json_build_object(
                'id', c.id, 'name', c.name, 'tagline', c.tagline, 'description', c.description,
                'startDate', c.start_date, 'endDate', c.end_date, 'status', lower(c.status), 'version', c.version,
                'values', coalesce((select json_agg(json_build_object('code', v.code, 'name', v.name, 'guidance', v.guidance,
                        'governmentWide', v.government_wide) order by v.position)
                    from campaign_value v where v.campaign_id = c.id), '[]'),
                'targetGroups', array(select t.target_group_code from campaign_target_group t where t.campaign_id = c.id
                    order by t.target_group_code collate "C"),
                'channels', array(select h.channel_code from campaign_channel h where h.campaign_id = c.id
                    order by h.channel_code collate "C"),
                'screeningTerms', coalesce((select json_agg(json_build_object('phrase', s.phrase, 'valueCode', s.value_code,
                        'severity', lower(s.severity), 'language', s.language, 'note', s.note) order by s.position)
                    from campaign_screening_term s where s.campaign_id = c.id), '[]'),
                'createdAt', to_char(c.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                'updatedAt', to_char(c.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')) as text)
            from campaign c where c.id = ?
            """;

    private final ObjectMapper json;

    CampaignRepository(ObjectMapper json) {
        this.json = json;
    }

    /**
     * One campaign with its values, target groups, channels and screening terms, read in one statement (the entity
     * would take five: the campaign and each of its collections); for reads that change nothing.
     */
    public Optional<CampaignRead> readWhole(UUID id) {
        // Plain JDBC on the session's connection: as a Hibernate native query, each read was a new key in Hibernate's
        // query plan cache with the same hash as the others (its result set mapping has no equals), so every read added
        // an entry and compared itself with all of them (JFR: 95 % of the read's time in SelectInterpretationsKey.equals).
        String row = getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(WHOLE)) {
                statement.setObject(1, id);
                try (ResultSet result = statement.executeQuery()) {
                    return result.next() ? result.getString(1) : null;
                }
            }
        });
        if (row == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(row, CampaignRead.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Campaign " + id + " could not be read from its row", e);
        }
    }

    /** Campaigns in creation order (their ids are time-ordered) after {@code after}, optionally of one status, or only the given ids. */
    public List<CampaignEntity> pageAfter(UUID after, CampaignStatus status, List<UUID> ids, int limit) {
        Filter filter = new Filter()
                .and("id > :after", "after", after)
                .and("status = :status", "status", status)
                .and("id in :ids", "ids", ids);
        return find(filter.query(), Sort.by("id"), filter.parameters()).range(0, limit - 1).list();
    }

    public boolean existsWithName(String name) {
        return count("name", name) > 0;
    }

    public long countUsingChannel(String channelCode) {
        return count("?1 member of channelCodes", channelCode);
    }

    public long countUsingTargetGroup(String targetGroupCode) {
        return count("?1 member of targetGroupCodes", targetGroupCode);
    }
}
