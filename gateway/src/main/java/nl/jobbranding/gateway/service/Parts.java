package nl.jobbranding.gateway.service;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.Vertx;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.gateway.client.CallTimings;
import nl.jobbranding.gateway.client.OpenCalls;
import nl.jobbranding.gateway.routing.Downstream;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The parts of one composed view: started in parallel, collected within one time budget, without a thread waiting for
 * any of them (each part is an exchange on the event loop; collecting one is a stage that completes with it or at the
 * budget's end). A part whose service does not answer in time (or at all) is left out and its service is named in
 * {@link #missing()}; a refusal (401, 403, a 4xx problem) is the caller's answer and fails the view.
 * <p>
 * The view's trace context, call timings and Vert.x context are taken when it starts, so that parts started later, from
 * another part's completion, are in the same trace, counted for the same request, and continued on its event loop.
 */
final class Parts {

    private static final Logger LOG = Logger.getLogger(Parts.class);

    private final long deadline;
    private final Context trace;
    private final CallTimings timings;
    private final Executor continuation;
    private final Set<String> missing = new ConcurrentSkipListSet<>();
    private final OpenCalls calls = new OpenCalls();

    /** Starts the view's budget; call on the request's thread. */
    Parts(Duration budget) {
        this.deadline = System.nanoTime() + budget.toNanos();
        this.trace = Context.current();
        this.timings = CallTimings.current();
        io.vertx.core.Context request = Vertx.currentContext();
        this.continuation = request == null ? Runnable::run : work -> request.runOnContext(ignored -> work.run());
    }

    /** Where the view's calls are counted (null outside a request). */
    CallTimings timings() {
        return timings;
    }

    /** The view's calls still waiting for an answer: reset when the budget ends, so that none outlives the view. */
    OpenCalls calls() {
        return calls;
    }

    /** Starts a part now, in the view's trace. */
    <T> CompletableFuture<Optional<T>> start(Supplier<? extends CompletionStage<Optional<T>>> work) {
        try (Scope ignored = trace.makeCurrent()) {
            return work.get().toCompletableFuture();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The part's result; empty when it is not there (its service is then missing) or does not exist. */
    <T> CompletionStage<Optional<T>> get(Downstream service, CompletableFuture<Optional<T>> part) {
        if (part.isDone() && !part.isCompletedExceptionally() && Vertx.currentContext() != null) {
            // Already there (kept lookups: no call was made): no timer for the budget and no hop to the event loop, which
            // this is already on.
            return CompletableFuture.completedFuture(part.join());
        }
        long left = Math.max(0, deadline - System.nanoTime());
        // What follows a part runs on the request's event loop again, not on the thread of the budget's timer.
        return part.copy().orTimeout(left, TimeUnit.NANOSECONDS).handleAsync((value, failure) -> {
            if (failure == null) {
                return value;
            }
            Throwable cause = unwrap(failure);
            // A part reset at the budget (by the first part to reach it) is missing as well: the budget is over for it too.
            if (cause instanceof TimeoutException || cause instanceof OpenCalls.Cancelled) {
                LOG.warnf("%s did not answer within the time budget of a composed view", service.serviceName());
                // The budget is over for every part: what is still waiting is reset, not left running to its time limit.
                calls.cancel();
                missing.add(service.serviceName());
                return Optional.empty();
            }
            if (cause instanceof ServiceException se && se.kind() == ServiceException.Kind.UNAVAILABLE) {
                missing.add(service.serviceName());
                return Optional.empty();
            }
            throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
        }, continuation);
    }

    /**
     * Like {@link #get}, for a part read with the gateway's own token: a refusal (401, 403) is not the caller's answer
     * but a part that is missing, so the view degrades instead of failing.
     */
    <T> CompletionStage<Optional<T>> getOrMissing(Downstream service, CompletableFuture<Optional<T>> part) {
        return get(service, part).exceptionally(failure -> {
            Throwable cause = unwrap(failure);
            if (cause instanceof UnauthorizedException || cause instanceof ServiceException) {
                LOG.warnf("%s refused the gateway's own token: %s", service.serviceName(), cause.getMessage());
                missing.add(service.serviceName());
                return Optional.empty();
            }
            throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
        });
    }

    /** Marks a service missing without a part (for example when a later part cannot start). */
    void markMissing(Downstream service) {
        missing.add(service.serviceName());
    }

    List<String> missing() {
        return List.copyOf(missing);
    }

    /** The failure itself, without the wrapping of a completion stage. */
    static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
