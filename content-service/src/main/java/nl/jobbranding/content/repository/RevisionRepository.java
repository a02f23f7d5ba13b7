package nl.jobbranding.content.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.content.api.StoryContent;
import nl.jobbranding.content.model.StoryRevisionEntity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class RevisionRepository implements PanacheRepositoryBase<StoryRevisionEntity, StoryRevisionEntity.Key> {

    public Optional<StoryRevisionEntity> find(UUID storyId, int number) {
        return findByIdOptional(new StoryRevisionEntity.Key(storyId, number));
    }

    /** The number of the story's latest revision (0 when it has none). */
    public int lastNumber(UUID storyId) {
        Integer last = getEntityManager().createQuery("select max(r.key.number) from StoryRevisionEntity r where r.key.storyId = :story",
                Integer.class).setParameter("story", storyId).getSingleResult();
        return last == null ? 0 : last;
    }

    public List<StoryRevisionEntity> ofStory(UUID storyId, int afterNumber, int limit) {
        return find("key.storyId = ?1 and key.number > ?2", Sort.by("key.number"), storyId, afterNumber)
                .range(0, limit - 1).list();
    }

    /**
     * Per story, how many findings of its current revision's stored screening are open (not dismissed), per severity:
     * block, warn, info; absent where that revision was not screened. Counted by PostgreSQL in one statement, so that a
     * page of the queue neither reads nor parses its stories' screenings.
     */
    public Map<UUID, int[]> openFindingCounts(Collection<UUID> storyIds) {
        Map<UUID, int[]> counts = new HashMap<>();
        if (storyIds.isEmpty()) {
            return counts;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        select r.story_id,
                               count(*) filter (where f.finding ->> 'severity' = 'BLOCK'),
                               count(*) filter (where f.finding ->> 'severity' = 'WARN'),
                               count(*) filter (where f.finding ->> 'severity' = 'INFO')
                        from story s
                        join story_revision r on r.story_id = s.id and r.number = s.revision
                        left join lateral jsonb_array_elements(case when jsonb_typeof(r.screening -> 'findings') = 'array'
                                  then r.screening -> 'findings' else '[]'::jsonb end) as f(finding)
                             on not exists (select 1 from finding_dismissal d where d.story_id = r.story_id
                                            and d.revision = r.number and d.finding_id = f.finding ->> 'id')
                        where s.id in (:ids) and r.screening is not null
                        group by r.story_id""").setParameter("ids", storyIds).getResultList();
        rows.forEach(row -> counts.put((UUID) row[0], new int[] {((Number) row[1]).intValue(), ((Number) row[2]).intValue(),
                ((Number) row[3]).intValue()}));
        return counts;
    }

    /** The published revision's content of each of these live stories, by story id, read in one query. */
    public Map<UUID, StoryContent> publishedContents(Collection<UUID> storyIds) {
        Map<UUID, StoryContent> contents = new HashMap<>();
        if (storyIds.isEmpty()) {
            return contents;
        }
        getEntityManager().createQuery("select r.key.storyId, r.content from StoryRevisionEntity r, StoryEntity s "
                        + "where s.id in :ids and r.key.storyId = s.id and r.key.number = s.publishedRevision", Object[].class)
                .setParameter("ids", storyIds).getResultList()
                .forEach(row -> contents.put((UUID) row[0], (StoryContent) row[1]));
        return contents;
    }

    /** Account ids of everyone who wrote a revision of the story. */
    public Set<String> writers(UUID storyId) {
        return Set.copyOf(getEntityManager().createQuery(
                        "select distinct r.createdBy from StoryRevisionEntity r where r.key.storyId = :story", String.class)
                .setParameter("story", storyId).getResultList());
    }
}
