package nl.jobbranding.content.service;

import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.content.model.Role;
import nl.jobbranding.content.model.StoryEntity;
import nl.jobbranding.content.repository.StoryRepository;

import java.util.UUID;

/**
 * Object-level access: which stories (and featured people) an actor may read and write. Operation-level roles are
 * checked by the REST layer; these checks hold however a service method is reached.
 */
final class Access {

    private Access() {
    }

    /** Community and campaign managers read every unit's stories; unit editors only their own unit's. */
    static void requireRead(Actor actor, String unitCode, String what) {
        if (!actor.seesAllStories() && !actor.editsFor(unitCode)) {
            throw ServiceException.forbidden("This " + what + " belongs to unit " + unitCode
                    + "; only its own unit editors and community and campaign managers may see it.");
        }
    }

    /** The story, when it exists and the actor may read it. */
    static StoryEntity readableStory(StoryRepository stories, UUID id, Actor actor) {
        StoryEntity story = stories.findByIdOptional(id).orElseThrow(() -> ServiceException.notFound(StoryService.WHAT, id));
        requireRead(actor, story.unitCode, StoryService.WHAT);
        return story;
    }

    /** Only the unit's own editors write its stories. */
    static void requireEditorOf(Actor actor, String unitCode, String what) {
        if (!actor.editsFor(unitCode)) {
            throw ServiceException.forbidden("Only unit editors of " + unitCode + " may write this " + what
                    + (actor.has(Role.UNIT_EDITOR) ? "; your token is for unit " + actor.unitCode() + "." : "."));
        }
    }

    /**
     * The unit an actor's lists are narrowed to: their own for a unit editor, the requested one otherwise. Fails
     * closed: an actor who neither sees every unit nor has a unit of their own (a unit editor's token without the
     * {@code unit} claim) sees nothing.
     */
    static String unitScope(Actor actor, String requestedUnit) {
        if (actor.seesAllStories()) {
            return requestedUnit;
        }
        if (!actor.has(Role.UNIT_EDITOR) || actor.unitCode() == null || actor.unitCode().isBlank()) {
            throw ServiceException.forbidden("Your token names no unit (claim 'unit'), so there is no unit whose stories "
                    + "and featured people you may see.");
        }
        if (requestedUnit != null && !requestedUnit.equals(actor.unitCode())) {
            throw ServiceException.forbidden("A unit editor sees only the stories of unit " + actor.unitCode() + ".");
        }
        return actor.unitCode();
    }
}
