package nl.jobbranding.gateway.service;

import io.quarkus.security.UnauthorizedException;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.gateway.routing.Downstream;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The parts of one composed view: started in parallel, collected within one time budget. A part whose service does not
 * answer in time (or at all) is left out and its service is named in {@link #missing()}; a refusal (401, 403) is the
 * caller's answer and is thrown.
 */
final class Parts {

    private static final Logger LOG = Logger.getLogger(Parts.class);

    private final ManagedExecutor executor;
    private final long deadline;
    private final Set<String> missing = new TreeSet<>();

    Parts(ManagedExecutor executor, Duration budget) {
        this.executor = executor;
        this.deadline = System.nanoTime() + budget.toNanos();
    }

    <T> CompletableFuture<Optional<T>> start(Supplier<Optional<T>> work) {
        return executor.supplyAsync(work);
    }

    /** The part's result; empty when it is not there (its service is then missing) or does not exist. */
    <T> Optional<T> get(Downstream service, CompletableFuture<Optional<T>> part) {
        try {
            return part.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            part.cancel(true);
            LOG.warnf("%s did not answer within the time budget of a composed view", service.serviceName());
            missing.add(service.serviceName());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            missing.add(service.serviceName());
            return Optional.empty();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ServiceException se && se.kind() == ServiceException.Kind.UNAVAILABLE) {
                missing.add(service.serviceName());
                return Optional.empty();
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * Like {@link #get}, for a part read with the gateway's own token: a refusal (401, 403) is not the caller's answer
     * but a part that is missing, so the view degrades instead of failing.
     */
    <T> Optional<T> getOrMissing(Downstream service, CompletableFuture<Optional<T>> part) {
        try {
            return get(service, part);
        } catch (UnauthorizedException | ServiceException e) {
            LOG.warnf("%s refused the gateway's own token: %s", service.serviceName(), e.getMessage());
            missing.add(service.serviceName());
            return Optional.empty();
        }
    }

    /**
     * Like {@link #get}, for a part the caller's role may not read (such as analytics for a unit editor): a 403 leaves
     * the part out without naming its service missing, since nothing is wrong with the service.
     */
    <T> Optional<T> getIfAllowed(Downstream service, CompletableFuture<Optional<T>> part) {
        try {
            return get(service, part);
        } catch (ServiceException e) {
            if (e.kind() == ServiceException.Kind.FORBIDDEN) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Marks a service missing without a part (for example when a later part cannot start). */
    void markMissing(Downstream service) {
        missing.add(service.serviceName());
    }

    List<String> missing() {
        return List.copyOf(missing);
    }
}
