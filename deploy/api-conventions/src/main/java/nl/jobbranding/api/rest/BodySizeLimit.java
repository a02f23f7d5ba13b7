package nl.jobbranding.api.rest;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import nl.jobbranding.api.config.ApiConfig;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses a body larger than the API accepts ({@code api.max-body-bytes}) with a 413 problem document: before reading
 * it when it states its length, and while reading it when it comes in chunks without one, so the limit holds for
 * every body. (The HTTP server's own, higher limit, {@code quarkus.http.limits.max-body-size}, bounds what is
 * buffered before that.)
 */
@Provider
public class BodySizeLimit implements ReaderInterceptor {

    /** Read at first use: as a reader interceptor this is made before the configuration mappings exist. */
    private final Instance<ApiConfig> config;

    BodySizeLimit(Instance<ApiConfig> config) {
        this.config = config;
    }

    private long maxBodyBytes() {
        return config.get().maxBodyBytes();
    }

    @ServerRequestFilter(preMatching = true)
    public void checkLength(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > maxBodyBytes()) {
                    throw tooLarge();
                }
            } catch (NumberFormatException e) {
                throw new WebApplicationException(Response.Status.BAD_REQUEST);
            }
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Counted counted = new Counted(context.getInputStream(), maxBodyBytes());
        context.setInputStream(counted);
        try {
            return context.proceed();
        } catch (IOException | RuntimeException e) {
            // The JSON reader wraps what the stream throws into "malformed JSON": a body over the limit is a 413 whatever
            // the reader made of it.
            if (counted.exceeded()) {
                throw tooLarge();
            }
            throw e;
        }
    }

    private static WebApplicationException tooLarge() {
        return new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }

    /** Fails the read as soon as more than the limit has come in. */
    private static final class Counted extends FilterInputStream {
        private final long limit;
        private long read;

        Counted(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        boolean exceeded() {
            return read > limit;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw tooLarge();
            }
        }
    }
}
