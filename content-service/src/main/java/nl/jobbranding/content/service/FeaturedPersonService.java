package nl.jobbranding.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.jobbranding.api.service.IfMatch;
import nl.jobbranding.api.service.PageRequest;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.api.service.Slice;
import nl.jobbranding.api.service.Versioned;
import nl.jobbranding.api.service.Writes;
import nl.jobbranding.content.api.ConsentChange;
import nl.jobbranding.content.api.ConsentWithdrawal;
import nl.jobbranding.content.api.FeaturedPerson;
import nl.jobbranding.content.api.FeaturedPersonInput;
import nl.jobbranding.content.mapping.ApiMapper;
import nl.jobbranding.content.model.FeaturedPersonEntity;
import nl.jobbranding.content.model.Role;
import nl.jobbranding.content.repository.FeaturedPersonRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * People featured in stories and their consent, recorded and withdrawn by their unit's editors only. Withdrawing consent withdraws, at once and in the same transaction,
 * every published or scheduled story featuring the person; the stories' audit trails say why.
 */
@ApplicationScoped
public class FeaturedPersonService {

    private static final String WHAT = "featured person";

    private final FeaturedPersonRepository people;
    private final PublicationService publication;
    private final Events events;
    private final EntityManager entityManager;
    private final Clock clock;

    FeaturedPersonService(FeaturedPersonRepository people, PublicationService publication, Events events,
                          EntityManager entityManager, Clock clock) {
        this.events = events;
        this.people = people;
        this.publication = publication;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @ReadOnly
    public Slice<FeaturedPerson> list(PageRequest page, String unitCode, Actor actor) {
        return Slice.of(people.pageAfter(page.afterUuid(), Access.unitScope(actor, unitCode), page.limit() + 1), page.limit(),
                p -> p.id.toString(), ApiMapper::toApi);
    }

    @ReadOnly
    public Versioned<FeaturedPerson> get(UUID id, Actor actor) {
        FeaturedPersonEntity person = find(id);
        Access.requireRead(actor, person.unitCode, WHAT);
        return new Versioned<>(ApiMapper.toApi(person), person.version);
    }

    @Transactional
    public Versioned<FeaturedPerson> create(FeaturedPersonInput input, Actor actor) {
        Access.requireEditorOf(actor, input.unitCode(), WHAT);
        if (input.validUntil().isBefore(input.givenOn())) {
            throw ServiceException.invalid("validUntil", "must not be before givenOn");
        }
        FeaturedPersonEntity person = new FeaturedPersonEntity();
        person.unitCode = input.unitCode();
        person.name = input.name().strip();
        person.consentScope = input.consentScope().strip();
        person.consentGivenOn = input.givenOn();
        person.consentValidUntil = input.validUntil();
        person.channelCodes = new HashSet<>(input.channels());
        people.persist(person);
        Writes.flush(entityManager, WHAT);
        return new Versioned<>(ApiMapper.toApi(person), person.version);
    }

    /** Withdraws the consent and every published or scheduled story featuring the person. */
    @Transactional
    public Versioned<ConsentWithdrawal.Result> withdrawConsent(UUID id, IfMatch ifMatch, ConsentWithdrawal input, Actor actor) {
        // Locked before the stories: a step that checks this consent holds it shared, so one of the two waits for the other.
        FeaturedPersonEntity person = people.findForUpdate(id).orElseThrow(() -> ServiceException.notFound(WHAT, id));
        Access.requireEditorOf(actor, person.unitCode, WHAT);
        IfMatch.checkIfGiven(ifMatch, WHAT, person.version);
        if (person.withdrawnAt != null) {
            throw ServiceException.conflict("Already withdrawn", "This consent was withdrawn at " + person.withdrawnAt + ".");
        }
        Instant now = clock.instant();
        person.withdrawnAt = now;
        person.withdrawalReason = input.reason().strip();
        List<UUID> withdrawn = publication.withdrawFeaturing(List.of(person.id), actor, Role.UNIT_EDITOR,
                "Featured person " + person.id + " withdrew their consent on " + LocalDate.ofInstant(now, ZoneOffset.UTC) + ".");
        events.consentWithdrawn(person, withdrawn, now);
        Writes.flush(entityManager, WHAT);
        return new Versioned<>(new ConsentWithdrawal.Result(ApiMapper.toApi(person), withdrawn), person.version);
    }

    /**
     * Changes the consent's terms (scope, channels, last day): extended, narrowed or widened. The stories that are out or
     * scheduled on a channel the consent no longer covers (all of them when the consent now ends before today) are
     * withdrawn at once, in the editor's name. A withdrawn consent is not changed: record a new one.
     */
    @Transactional
    public Versioned<ConsentChange.Result> changeConsent(UUID id, IfMatch ifMatch, ConsentChange input, Actor actor) {
        FeaturedPersonEntity person = people.findForUpdate(id).orElseThrow(() -> ServiceException.notFound(WHAT, id));
        Access.requireEditorOf(actor, person.unitCode, WHAT);
        IfMatch.check(ifMatch, WHAT, person.version);
        if (person.withdrawnAt != null) {
            throw ServiceException.conflict("Consent withdrawn", "This consent was withdrawn at " + person.withdrawnAt
                    + "; it cannot change. Record a new consent instead.");
        }
        if (input.validUntil().isBefore(person.consentGivenOn)) {
            throw ServiceException.invalid("validUntil", "must not be before the day the consent was given, " + person.consentGivenOn);
        }
        Set<String> dropped = new HashSet<>(person.channelCodes);
        dropped.removeAll(input.channels());
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        person.consentScope = input.consentScope().strip();
        person.channelCodes = new HashSet<>(input.channels());
        person.consentValidUntil = input.validUntil();
        List<UUID> withdrawn = List.of();
        if (input.validUntil().isBefore(today) || !dropped.isEmpty()) {
            withdrawn = publication.withdrawFeaturing(List.of(person.id), input.validUntil().isBefore(today) ? null : dropped,
                    actor, Role.UNIT_EDITOR, "The consent of featured person " + person.id + " no longer covers "
                            + (input.validUntil().isBefore(today) ? "this story" : "the channels " + dropped.stream().sorted().toList())
                            + " from " + today + ".");
        }
        Writes.flush(entityManager, WHAT);
        return new Versioned<>(new ConsentChange.Result(ApiMapper.toApi(person), withdrawn), person.version);
    }

    /** Withdraws the stories of people whose consent period has ended. */
    @Transactional
    public List<UUID> endExpiredConsents() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<UUID> ended = people.consentEndedBefore(today);
        if (ended.isEmpty()) {
            return List.of();
        }
        people.lockForUpdate(ended);
        return publication.withdrawFeaturing(ended, Actor.SYSTEM, Role.SYSTEM, "The consent of a featured person ended.");
    }

    private FeaturedPersonEntity find(UUID id) {
        return people.findByIdOptional(id).orElseThrow(() -> ServiceException.notFound(WHAT, id));
    }
}
