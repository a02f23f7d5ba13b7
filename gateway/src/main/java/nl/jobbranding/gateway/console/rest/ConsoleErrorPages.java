package nl.jobbranding.gateway.console.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Console pages never answer with a problem document, let alone a stack trace: a 4xx or 5xx on a path under
 * {@code /console} becomes an HTML page in Dutch saying what went wrong, what to do and the way back. The API under
 * {@code /api/v1} keeps its problem documents; pages the console renders itself with an error status (a refused
 * decision shown on the review page, with what was typed) are left as they are.
 */
public class ConsoleErrorPages {

    private static final Pattern REFERENCE = Pattern.compile("reference ([0-9a-f-]{36})");

    @Inject
    @Location("console/error.html")
    Template error;

    @ServerResponseFilter
    public void asPage(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || !isConsole(request.getUriInfo().getPath()) || response.getEntity() instanceof TemplateInstance
                || response.getMediaType() != null && response.getMediaType().isCompatible(MediaType.TEXT_HTML_TYPE)) {
            return;
        }
        Matcher reference = REFERENCE.matcher(String.valueOf(response.getEntity()));
        String[] text = text(status);
        String page = error.data("user", null).data("title", text[0]).data("detail", text[1]).data("advice", text[2])
                .data("reference", status >= 500 && reference.find() ? reference.group(1) : null).render();
        response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
        response.setEntity(page, null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }

    static boolean isConsole(String path) {
        return path.equals("/console") || path.startsWith("/console/");
    }

    /** Title, what went wrong and what to do, per status. */
    static String[] text(int status) {
        return switch (status) {
            case 400 -> new String[] {"Dat lukte niet", "De console kon dit verzoek niet verwerken: er ontbrak iets of het "
                    + "formulier was verlopen.", "Ga terug, laad de pagina opnieuw en probeer het nog eens."};
            case 401 -> new String[] {"Niet aangemeld", "U bent niet (meer) aangemeld.", "Meld u opnieuw aan via het begin van de console."};
            case 403 -> new String[] {"Geen toegang", "Deze pagina of handeling is niet voor uw rol.",
                    "Denkt u dat dit niet klopt? Neem contact op met het beheer van uw organisatie."};
            case 404 -> new String[] {"Pagina niet gevonden", "Op dit adres staat geen pagina (meer).",
                    "Controleer het adres, of ga terug naar het begin en zoek het van daaruit."};
            case 405 -> new String[] {"Dat kan hier niet", "Deze pagina kan dit verzoek niet uitvoeren.",
                    "Gebruik de knoppen en links in de console in plaats van een adres dat u zelf intypt."};
            case 413 -> new String[] {"Te veel tekst", "Wat u verstuurde is groter dan de console aanneemt.",
                    "Maak de tekst korter en probeer het opnieuw."};
            case 503 -> new String[] {"Dienst niet bereikbaar", "Een onderdeel van het systeem is even niet bereikbaar.",
                    "Probeer het over een minuut opnieuw. Wat u invulde, is niet opgeslagen."};
            default -> status >= 500
                    ? new String[] {"Er ging iets mis", "Er ging aan onze kant iets mis; het lag niet aan u.",
                            "Probeer het later opnieuw. Blijft het misgaan, meld het dan aan het beheer en noem het kenmerk hieronder."}
                    : new String[] {"Dat lukte niet", "De console kon dit verzoek niet verwerken.",
                            "Ga terug naar het begin en probeer het opnieuw."};
        };
    }
}
