package nl.jobbranding.api.rest;

import jakarta.ws.rs.core.UriInfo;
import nl.jobbranding.api.EventFeed;
import nl.jobbranding.api.Page;
import nl.jobbranding.api.service.Outbox;

import java.util.function.BiFunction;

/** The events feed's answer, as every service with an outbox gives it: the events, where to go on, and links. */
public final class EventFeeds {

    /** The query parameter naming the position to read after. */
    public static final String AFTER = "after";

    private EventFeeds() {
    }

    /** Reads the feed after the position a client gave ({@code after}), a page of the size it asked for. */
    public static EventFeed read(Paging paging, String after, String limit, UriInfo uriInfo,
                                 BiFunction<Outbox.Position, Integer, Outbox.Page> feed) {
        int size = paging.request(limit, null).limit();
        return of(feed.apply(Outbox.Position.of(after), size), size, uriInfo);
    }

    private static EventFeed of(Outbox.Page page, int limit, UriInfo uriInfo) {
        String after = page.next().cursor();
        Page.Link self = new Page.Link(uriInfo.getRequestUri().toString());
        Page.Link next = page.events().size() < limit ? null
                : new Page.Link(uriInfo.getRequestUriBuilder().replaceQueryParam(AFTER, after).build().toString());
        return new EventFeed(page.events().stream().map(Outbox::toApi).toList(), after, new Page.PageLinks(self, next));
    }
}
