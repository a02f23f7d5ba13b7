package nl.jobbranding.gateway.rest;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A request body sent without a length (chunked), passed on as it comes until it grows larger than the API accepts:
 * then the stream fails, so the call to the service is broken off, and {@link #tooLarge()} says why.
 */
final class BoundedBody implements ReadStream<Buffer> {

    private final ReadStream<Buffer> source;
    private final long maxBytes;
    private long seen;
    private boolean tooLarge;
    private Handler<Throwable> exceptionHandler;

    BoundedBody(ReadStream<Buffer> source, long maxBytes) {
        this.source = source;
        this.maxBytes = maxBytes;
    }

    boolean tooLarge() {
        return tooLarge;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        this.exceptionHandler = handler;
        source.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        source.handler(handler == null ? null : buffer -> {
            if (tooLarge) {
                return;
            }
            seen += buffer.length();
            if (seen <= maxBytes) {
                handler.handle(buffer);
                return;
            }
            tooLarge = true;
            if (exceptionHandler != null) {
                exceptionHandler.handle(new IllegalStateException("The request body is larger than " + maxBytes + " bytes"));
            }
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        source.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        source.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        source.fetch(amount);
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
        source.endHandler(endHandler == null ? null : end -> {
            if (!tooLarge) {
                endHandler.handle(end);
            }
        });
        return this;
    }
}
