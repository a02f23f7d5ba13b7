package nl.jobbranding.api.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;
import nl.jobbranding.api.Page;
import nl.jobbranding.api.config.ApiConfig;
import nl.jobbranding.api.service.PageRequest;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.api.service.Slice;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Cursor paging for every list: reads {@code limit} and {@code cursor}, and writes the page with its links.
 * A cursor is opaque to clients (base64url of the last item's sort key).
 */
@ApplicationScoped
public class Paging {

    public static final String LIMIT = "limit";
    public static final String CURSOR = "cursor";

    private final ApiConfig.Paging config;

    Paging(ApiConfig config) {
        this.config = config.paging();
    }

    public PageRequest request(String limit, String cursor) {
        return new PageRequest(decode(cursor), parseLimit(limit));
    }

    /**
     * The page size a client asked for, checked against the same bounds, or null when it asked for none: for a caller
     * (the gateway) that passes the request on and lets the service choose its default.
     */
    public Integer limitIfGiven(String limit) {
        return limit == null || limit.isBlank() ? null : parseLimit(limit);
    }

    /** The largest page size a client may ask for. */
    public int maxLimit() {
        return config.maxLimit();
    }

    public <T> Page<T> page(Slice<T> slice, UriInfo uriInfo) {
        Page.Link self = new Page.Link(uriInfo.getRequestUri().toString());
        Page.Link next = slice.nextAfter() == null ? null : new Page.Link(uriInfo.getRequestUriBuilder()
                .replaceQueryParam(CURSOR, encode(slice.nextAfter()))
                .build().toString());
        return new Page<>(slice.items(), new Page.PageLinks(self, next));
    }

    private int parseLimit(String limit) {
        if (limit == null || limit.isBlank()) {
            return config.defaultLimit();
        }
        String reason = "must be a whole number from 1 to " + config.maxLimit();
        try {
            int value = Integer.parseInt(limit.trim());
            if (value < 1 || value > config.maxLimit()) {
                throw ServiceException.invalid(LIMIT, reason);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ServiceException.invalid(LIMIT, reason);
        }
    }

    /** The cursor for a sort key, as this API hands it out in next links. */
    public static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ServiceException.invalidCursor();
        }
        if (decoded.indexOf('\0') >= 0) {
            // A NUL never is in a key this API hands out, and the database cannot compare with it.
            throw ServiceException.invalidCursor();
        }
        return decoded;
    }
}
