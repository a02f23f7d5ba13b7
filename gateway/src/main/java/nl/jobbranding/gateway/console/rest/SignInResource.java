package nl.jobbranding.gateway.console.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.jobbranding.gateway.console.session.ConsoleUser;
import nl.jobbranding.gateway.console.session.DevSignIn;
import nl.jobbranding.gateway.console.session.Sessions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;

import java.util.Optional;

/** The console's front door: sign in (development personas locally), sign out, and the start page per role. */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class SignInResource extends ConsolePage {

    @Inject
    DevSignIn devSignIn;

    @Inject
    @Location("console/sign-in.html")
    Template signIn;

    @GET
    @Operation(hidden = true)
    public Response start(@CookieParam(Sessions.COOKIE) String cookie) {
        Optional<ConsoleUser> user = signedIn(cookie);
        if (user.isEmpty()) {
            return seeOther("/console/sign-in");
        }
        if (user.get().communityManager()) {
            return seeOther("/console/queue");
        }
        if (user.get().campaignManager()) {
            return seeOther("/console/campaigns");
        }
        if (user.get().unitEditor()) {
            return seeOther("/console/my-stories");
        }
        throw failure(user.get(), 403, "Geen toegang", NO_ROLE);
    }

    /**
     * Production sign-in: the identity provider's authorization code flow. Quarkus sends the browser there (an HTTP
     * permission in application.properties) and, once the user has signed in, back here with the session cookie set;
     * then on to the start page.
     */
    @GET
    @Path("login")
    @Operation(hidden = true)
    public Response login() {
        return seeOther("/console");
    }

    @GET
    @Path("sign-in")
    @Operation(hidden = true)
    public TemplateInstance signInPage() {
        return signIn.data("devSignIn", devSignIn.enabled()).data("oidcSignIn", oidcSignIn.enabled())
                .data("personas", devSignIn.personas()).data("failed", false);
    }

    @POST
    @Path("sign-in")
    @Operation(hidden = true)
    public Response signIn(@RestForm String persona) {
        Optional<ConsoleUser> user = devSignIn.user(persona);
        if (user.isEmpty()) {
            return Response.status(devSignIn.enabled() ? 400 : 404).type(MediaType.TEXT_HTML_TYPE)
                    .entity(signIn.data("devSignIn", devSignIn.enabled()).data("oidcSignIn", oidcSignIn.enabled())
                            .data("personas", devSignIn.personas()).data("failed", true)
                            .render()).build();
        }
        return Response.seeOther(java.net.URI.create("/console")).cookie(sessions.open(user.get())).build();
    }

    /**
     * Signs out: ends a development session; a session at the identity provider is ended by Quarkus on this path
     * ({@code quarkus.oidc.logout.path}), which sends the browser to the provider's logout and back to the sign-in page.
     */
    @POST
    @Path("sign-out")
    @Operation(hidden = true)
    public Response signOut() {
        oidcSignIn.user();
        return Response.seeOther(java.net.URI.create("/console/sign-in")).cookie(sessions.close()).build();
    }
}
