package nl.jobbranding.content.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.content.model.AuditEventEntity;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEventEntity, Long> {

    /**
     * A version of what the public sees, cheap to ask (an index holds only these events): the transaction id of the
     * latest committed change into or out of the published set (publication, withdrawal, expiry, archiving), counted
     * once every older transaction has ended, 0 when there is none. It changes with every such change that commits,
     * whatever the order of commits: an id taken early and committed late still moves it (the highest id did not). A
     * transaction that is still running holds back the changes of those that started after it, never loses them.
     */
    public long latestPublicationChange() {
        Number latest = (Number) getEntityManager().createNativeQuery("select coalesce(max(tx_id), 0) from audit_event "
                + "where (from_state = 'PUBLISHED' or to_state = 'PUBLISHED' or action in ('WITHDRAW', 'EXPIRE')) "
                + "and tx_id < pg_snapshot_xmin(pg_current_snapshot())::text::bigint").getSingleResult();
        return latest.longValue();
    }

    public List<AuditEventEntity> ofStory(UUID storyId, long after, int limit) {
        return find("storyId = ?1 and id > ?2", Sort.by("id"), storyId, after).range(0, limit - 1).list();
    }
}
