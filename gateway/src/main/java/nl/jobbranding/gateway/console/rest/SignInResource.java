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
        Optional<ConsoleUser> user = sessions.user(cookie);
        if (user.isEmpty()) {
            return seeOther("/console/sign-in");
        }
        if (user.get().communityManager()) {
            return seeOther("/console/queue");
        }
        if (user.get().campaignManager()) {
            return seeOther("/console/campaigns");
        }
        return seeOther("/console/my-stories");
    }

    @GET
    @Path("sign-in")
    @Operation(hidden = true)
    public TemplateInstance signInPage() {
        return signIn.data("devSignIn", devSignIn.enabled()).data("personas", devSignIn.personas()).data("failed", false);
    }

    @POST
    @Path("sign-in")
    @Operation(hidden = true)
    public Response signIn(@RestForm String persona) {
        Optional<ConsoleUser> user = devSignIn.user(persona);
        if (user.isEmpty()) {
            return Response.status(devSignIn.enabled() ? 400 : 404).type(MediaType.TEXT_HTML_TYPE)
                    .entity(signIn.data("devSignIn", devSignIn.enabled()).data("personas", devSignIn.personas()).data("failed", true)
                            .render()).build();
        }
        return Response.seeOther(java.net.URI.create("/console")).cookie(sessions.open(user.get())).build();
    }

    @POST
    @Path("sign-out")
    @Operation(hidden = true)
    public Response signOut() {
        return Response.seeOther(java.net.URI.create("/console/sign-in")).cookie(sessions.close()).build();
    }
}
