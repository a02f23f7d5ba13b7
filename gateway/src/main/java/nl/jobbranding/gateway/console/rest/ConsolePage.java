package nl.jobbranding.gateway.console.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.RedirectionException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.jobbranding.gateway.console.client.ConsoleApi;
import nl.jobbranding.gateway.console.session.ConsoleUser;
import nl.jobbranding.gateway.console.session.OidcSignIn;
import nl.jobbranding.gateway.console.session.Sessions;

import java.net.URI;
import java.util.Optional;
import java.util.function.Predicate;

/** What every console page shares: who is signed in, the way to the services, and the error page. */
abstract class ConsolePage {

    static final String NO_ROLE = "U bent aangemeld, maar uw account heeft geen rol in deze console (communitymanager, "
            + "redacteur of campagnemanager). Vraag het beheer van uw organisatie om u een rol te geven.";

    @Inject
    Sessions sessions;

    @Inject
    OidcSignIn oidcSignIn;

    @Inject
    ConsoleApi api;

    @Inject
    @Location("console/error.html")
    Template error;

    /**
     * Who is signed in: by development sign-in (its session cookie) or at the identity provider (its session). When the
     * provider's access token expired before the session, the session ends here and the user signs in again.
     */
    Optional<ConsoleUser> signedIn(String cookie) {
        Optional<ConsoleUser> user = sessions.user(cookie);
        if (user.isPresent()) {
            return user;
        }
        if (oidcSignIn.accessTokenExpired()) {
            oidcSignIn.endLocalSession();
            throw new RedirectionException(Response.Status.SEE_OTHER, URI.create("/console/login"));
        }
        return oidcSignIn.user();
    }

    /** The signed-in user with the given role; otherwise to the sign-in page, or a 403 page. */
    ConsoleUser user(String cookie, Predicate<ConsoleUser> role) {
        ConsoleUser user = signedIn(cookie).orElseThrow(() -> new RedirectionException(Response.Status.SEE_OTHER,
                URI.create("/console/sign-in")));
        if (!user.hasRole()) {
            throw failure(user, 403, "Geen toegang", NO_ROLE);
        }
        if (!role.test(user)) {
            throw failure(user, 403, "Geen toegang", "Deze pagina is niet voor uw rol (" + user.roleName() + ").");
        }
        return user;
    }

    /** An error page as an exception, for pages that cannot go on. */
    WebApplicationException failure(ConsoleUser user, int status, String title, String detail) {
        return new WebApplicationException(Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(error.data("user", user).data("title", title).data("detail", detail).render()).build());
    }

    /** The answer if it succeeded, otherwise an error page with the service's explanation. */
    ConsoleApi.Answer required(ConsoleUser user, ConsoleApi.Answer answer) {
        if (!answer.ok()) {
            String title = switch (answer.status()) {
                case 404 -> "Niet gevonden";
                case 403 -> "Geen toegang";
                case 503 -> "Dienst niet bereikbaar";
                default -> "Dat lukte niet";
            };
            throw failure(user, answer.status() == 401 ? 403 : answer.status(), title, answer.problem());
        }
        return answer;
    }

    static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
