package nl.jobbranding.gateway.client;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ClientProxy;
import io.quarkus.arc.ManagedContext;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.RequestScoped;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The service calls one request made for a console page or a composed view: how many, and how long the request waited
 * for them (wall time from the first call's start to the last call's end). Sent back in {@code Server-Timing}, so that
 * a page's cost is visible in the browser's developer tools and to the benchmark, whatever the machine's load.
 */
@RequestScoped
@Unremovable
public class CallTimings {

    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicLong first = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong last = new AtomicLong(Long.MIN_VALUE);

    /** The current request's timings, or null outside a request (the forwarding route, background work); usable on any thread. */
    public static CallTimings current() {
        ManagedContext context = Arc.container() == null ? null : Arc.container().requestContext();
        // The instance itself, not its proxy: a composed view counts calls that end on the event loop, outside the request context.
        return context == null || !context.isActive() ? null : ClientProxy.unwrap(Arc.container().instance(CallTimings.class).get());
    }

    /** Call when a service call starts; the returned token ends it. */
    public Runnable start() {
        calls.incrementAndGet();
        first.accumulateAndGet(System.nanoTime(), Math::min);
        return () -> last.accumulateAndGet(System.nanoTime(), Math::max);
    }

    public int calls() {
        return calls.get();
    }

    /** Milliseconds from the first call's start to the last call's end; 0 without calls. */
    public double waitedMillis() {
        long from = first.get();
        long to = last.get();
        return to < from ? 0 : (to - from) / 1e6;
    }
}
