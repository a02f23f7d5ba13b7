package nl.jobbranding.content.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * Acts on time: publishes scheduled stories, archives expired ones, and withdraws stories whose featured person's
 * consent has ended. Runs every {@code content.publication.check-every} (off in tests, which call {@link #run()}
 * after moving their clock). Each story is handled in its own transaction, so one failure stops nothing else.
 */
@ApplicationScoped
public class PublicationJob {

    private static final Logger LOG = Logger.getLogger(PublicationJob.class);

    private final PublicationService publication;
    private final FeaturedPersonService people;

    PublicationJob(PublicationService publication, FeaturedPersonService people) {
        this.publication = publication;
        this.people = people;
    }

    @Scheduled(every = "${content.publication.check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            identity = "publication")
    public void run() {
        PublicationService.Due due = publication.due();
        for (UUID id : due.toPublish()) {
            attempt("publish", id, () -> publication.publishIfDue(id));
        }
        for (UUID id : due.toExpire()) {
            attempt("expire", id, () -> publication.expireIfDue(id));
        }
        people.endExpiredConsents();
    }

    private static void attempt(String what, UUID id, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not %s story %s; will try again on the next run", what, id);
        }
    }
}
