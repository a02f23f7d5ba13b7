package nl.jobbranding.gateway.client;

import io.vertx.core.http.HttpClientRequest;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The calls of one composed view that are still waiting for their answer. When the view's time budget ends, {@link
 * #cancel()} resets them (the connection is closed and leaves the pool) and refuses calls started after it, so that no
 * part the view has given up on keeps a service busy until its time limit. A cancelled call fails with {@link
 * Cancelled}, which the circuit breakers do not count: the service did nothing wrong.
 */
public final class OpenCalls {

    private final Set<HttpClientRequest> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cancelled;

    /** Why a call ended: its view no longer wanted the answer. */
    public static final class Cancelled extends RuntimeException {

        public Cancelled() {
            super("cancelled at the end of its composed view's time budget", null, false, false);
        }
    }

    /** Adds a call just sent; false (and the call reset) when the view has already ended. */
    boolean add(HttpClientRequest request) {
        open.add(request);
        if (cancelled) {
            reset(request);
            return false;
        }
        return true;
    }

    /** Removes a call whose answer has come (or that failed). */
    void remove(HttpClientRequest request) {
        open.remove(request);
    }

    /** Whether the view has ended: a call not yet sent is then not sent at all. */
    boolean cancelled() {
        return cancelled;
    }

    /** Resets every call still open, and every call added from now on. */
    public void cancel() {
        cancelled = true;
        open.forEach(OpenCalls::reset);
    }

    private static void reset(HttpClientRequest request) {
        request.reset(0, new Cancelled());
    }
}
