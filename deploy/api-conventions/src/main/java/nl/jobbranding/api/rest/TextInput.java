package nl.jobbranding.api.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import nl.jobbranding.api.service.ServiceException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Text the services accept: every string in a JSON body, every query parameter and the path are refused (400 naming the field)
 * when it holds a character PostgreSQL cannot store as text: NUL (U+0000), or half of a surrogate pair (such as
 * {@code \ud800} in JSON), which would otherwise be stored as '?'. One check for every field, present and future.
 */
@Singleton
public class TextInput implements ObjectMapperCustomizer {

    /** Why {@code text} cannot be stored, or null when it can. */
    public static String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "contains a NUL character (U+0000) at position " + i + ", which text may not hold";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "contains half of a surrogate pair at position " + i + ", which is not a character";
            }
            if (Character.isLowSurrogate(c)) {
                return "contains half of a surrogate pair at position " + i + ", which is not a character";
            }
        }
        return null;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("text-input").addDeserializer(String.class, new CheckedStrings()));
    }

    @ServerRequestFilter(preMatching = true, priority = 20)
    public void checkQuery(ContainerRequestContext request) {
        // Path parameters (a unit's code, an id) reach the database too: a NUL in the path is refused before matching.
        String pathProblem = problem(request.getUriInfo().getPath());
        if (pathProblem != null) {
            throw ServiceException.invalid("path", "the path " + pathProblem);
        }
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            String nameProblem = problem(parameter.getKey());
            if (nameProblem != null) {
                throw ServiceException.invalid("query", "a parameter name " + nameProblem);
            }
            for (String value : parameter.getValue()) {
                String valueProblem = problem(value);
                if (valueProblem != null) {
                    throw ServiceException.invalid(parameter.getKey(), valueProblem);
                }
            }
        }
    }

    /** A JSON string that cannot be stored: the problem mappers name its path in the body. */
    public static class InvalidTextException extends MismatchedInputException {
        private final String reason;

        InvalidTextException(JsonParser parser, String reason) {
            super(parser, reason, String.class);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    private static final class CheckedStrings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            String problem = text == null ? null : problem(text);
            if (problem != null) {
                throw new InvalidTextException(parser, problem);
            }
            return text;
        }
    }
}
