package nl.jobbranding.content.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.content.api.StoryContent;
import nl.jobbranding.content.model.StoryRevisionEntity;
import nl.jobbranding.content.screening.ScreeningResult;

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

    /** The stored screening of each of these stories' current revision, by story id (absent where it was not screened). */
    public Map<UUID, ScreeningResult> currentScreenings(Collection<UUID> storyIds) {
        Map<UUID, ScreeningResult> screenings = new HashMap<>();
        getEntityManager().createQuery("select r.key.storyId, r.screening from StoryRevisionEntity r, StoryEntity s "
                        + "where s.id in :ids and r.key.storyId = s.id and r.key.number = s.revision and r.screening is not null",
                        Object[].class)
                .setParameter("ids", storyIds).getResultList()
                .forEach(row -> screenings.put((UUID) row[0], (ScreeningResult) row[1]));
        return screenings;
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
