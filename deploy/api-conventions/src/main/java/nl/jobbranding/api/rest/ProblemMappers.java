package nl.jobbranding.api.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.jobbranding.api.Problem;
import nl.jobbranding.api.Problem.InvalidParam;
import nl.jobbranding.api.service.ServiceException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The one place where failures become HTTP answers: every error is an RFC 9457 problem document, no stack
 * trace ever leaves the service, and validation problems name every invalid field by its path.
 */
public class ProblemMappers {

    public static final String PROBLEM_JSON = "application/problem+json";

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String TYPE_PREFIX = "urn:nl:jobbranding:problem:";
    /** The detail of a 413 answer. */
    public static final String TOO_LARGE = "The request body is larger than this API accepts.";

    @ServerExceptionMapper
    public Response serviceException(ServiceException e, UriInfo uriInfo) {
        Problem problem = problem(e, uriInfo.getRequestUri().getRawPath());
        Response.ResponseBuilder answer = Response.status(problem.status()).type(PROBLEM_JSON).entity(problem);
        if (e.kind() == ServiceException.Kind.UNAVAILABLE) {
            answer.header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds());
        }
        if (e.kind() == ServiceException.Kind.STALE && e.currentVersion() != null) {
            answer.tag(ETags.of(e.currentVersion()));
        }
        return answer.build();
    }

    /**
     * The problem document of a refusal, also where it is not the whole answer (one item of a bulk request, whose
     * {@code instance} is then the item's resource).
     */
    public static Problem problem(ServiceException e, String instancePath) {
        return switch (e.kind()) {
            case NOT_FOUND -> problem(404, "not-found", e.title(), e.getMessage(), instancePath, List.of());
            case INVALID -> problem(400, "validation", e.title(), e.getMessage(), instancePath, e.invalidParams());
            case CONFLICT -> problem(409, "conflict", e.title(), e.getMessage(), instancePath, List.of());
            case VERSION_REQUIRED -> problem(428, "version-required", e.title(), e.getMessage(), instancePath, List.of());
            case FORBIDDEN -> problem(403, "forbidden", e.title(), e.getMessage(), instancePath, List.of());
            case UNAVAILABLE -> problem(503, "unavailable", e.title(), e.getMessage(), instancePath, List.of());
            case REFUSED_BY_SERVICE -> problem(502, "refused-by-service", e.title(), e.getMessage(), instancePath, List.of());
            case STALE -> problem(412, "stale-version", e.title(), e.getMessage(), instancePath, List.of());
        };
    }

    /** No token, or one that is invalid or expired. */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uriInfo) {
        return Response.status(Response.Status.UNAUTHORIZED).type(PROBLEM_JSON)
                .entity(unauthenticated(uriInfo.getRequestUri().getRawPath()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    /** The problem of a request without a valid token; the answer also says {@code WWW-Authenticate: Bearer}. */
    public static Problem unauthenticated(String instancePath) {
        return problem(401, "unauthenticated", "Authentication required",
                "Send a valid bearer token (Authorization: Bearer <JWT>) to use this operation.", instancePath, List.of());
    }

    /** A valid token whose roles do not include one this operation needs. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uriInfo) {
        return problem(Response.Status.FORBIDDEN, "forbidden", "Not allowed",
                "Your role does not allow this operation.", List.of(), uriInfo);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uriInfo) {
        boolean returnValue = e.getConstraintViolations().stream()
                .anyMatch(v -> kinds(v.getPropertyPath()).contains(ElementKind.RETURN_VALUE));
        if (returnValue) {
            return unexpected(e, uriInfo);
        }
        List<InvalidParam> params = e.getConstraintViolations().stream()
                .map(v -> new InvalidParam(fieldPath(v), withAcceptedValue(v)))
                .sorted(Comparator.comparing(InvalidParam::name).thenComparing(InvalidParam::reason))
                .toList();
        return serviceException(ServiceException.invalid(params), uriInfo);
    }

    /** Takes precedence over Quarkus' own mapper for this type, which answers in plain JSON. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uriInfo) {
        return unreadableJson(e, uriInfo);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uriInfo) {
        if (e instanceof TextInput.InvalidTextException text) {
            return invalidField(jsonPath(text), text.reason(), uriInfo);
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null && format.getTargetType().isEnum()) {
            return invalidField(jsonPath(format), "'" + format.getValue() + "' is not one of: "
                    + AcceptedValues.enumValues(format.getTargetType()), uriInfo);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            return invalidField(jsonPath(unknown), "is not a field of this object (a tolerant reader is the client's "
                    + "choice, not the server's); its fields are: " + known, uriInfo);
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null && !format.getPath().isEmpty()) {
            return invalidField(jsonPath(format), "'" + format.getValue() + "' is not " + expected(format), uriInfo);
        }
        if (e instanceof MismatchedInputException mismatch) {
            if (mismatch.getPath().isEmpty()) {
                return problem(Response.Status.BAD_REQUEST, "malformed-json", "Malformed JSON",
                        "The request body must be a JSON object of the documented form.", List.of(), uriInfo);
            }
            return invalidField(jsonPath(mismatch), "has the wrong type: expected " + expected(mismatch), uriInfo);
        }
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return problem(Response.Status.BAD_REQUEST, "malformed-json", "Malformed JSON",
                "The request body is not valid JSON" + where + ".", List.of(), uriInfo);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uriInfo, HttpHeaders headers) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uriInfo);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        String detail = switch (status.getStatusCode()) {
            case 404 -> "There is nothing at " + uriInfo.getPath() + ".";
            case 405 -> "This resource does not support that method.";
            case 406 -> "This resource does not answer in " + headers.getHeaderString(HttpHeaders.ACCEPT) + "; ask for "
                    + "application/json (the audit trail, the transparency log and the analytics also answer in text/csv).";
            case 413 -> TOO_LARGE;
            case 415 -> "Send the body as application/json, not " + headers.getMediaType() + ".";
            default -> status.getReasonPhrase();
        };
        Response problem = problem(status, slug(status.getReasonPhrase()), status.getReasonPhrase(), detail, List.of(), uriInfo);
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        if (status.getStatusCode() == 405 && e.getResponse().getHeaderString(HttpHeaders.ALLOW) == null) {
            AllowedMethods.at(uriInfo.getPath()).ifPresent(allowed -> builder.header(HttpHeaders.ALLOW, allowed));
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uriInfo) {
        if (DatabaseUnavailable.is(e)) {
            LOG.warnf("Database unavailable on %s: %s", uriInfo.getPath(), e.toString());
            return serviceException(ServiceException.unavailable("The database", DatabaseUnavailable.RETRY_AFTER_SECONDS),
                    uriInfo);
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", reference, uriInfo.getPath());
        return problem(Response.Status.INTERNAL_SERVER_ERROR, "internal", "Internal server error",
                "The service could not handle this request. Quote reference " + reference + " when you report it.",
                List.of(), uriInfo);
    }

    private Response invalidField(String name, String reason, UriInfo uriInfo) {
        List<InvalidParam> params = List.of(new InvalidParam(name, reason));
        return problem(Response.Status.BAD_REQUEST, "validation", "Invalid input", name + ": " + reason, params, uriInfo);
    }

    public static Response problem(Response.StatusType status, String type, String title, String detail,
                            List<InvalidParam> params, UriInfo uriInfo) {
        Problem body = problem(status.getStatusCode(), type, title, detail, uriInfo.getRequestUri().getRawPath(), params);
        return Response.status(status).type(PROBLEM_JSON).entity(body).build();
    }

    /** A problem document, for answers written outside JAX-RS (such as the gateway's forwarding route). */
    public static Problem problem(int status, String type, String title, String detail, String instancePath,
                                  List<InvalidParam> params) {
        return new Problem(URI.create(TYPE_PREFIX + type), title, status, detail, URI.create(instancePath), params);
    }

    /** A problem named after its status code, such as 413 "Request Entity Too Large", for answers outside JAX-RS. */
    public static Problem ofStatus(int status, String detail, String instancePath) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String phrase = type == null ? "Error" : type.getReasonPhrase();
        return problem(status, slug(phrase), phrase, detail, instancePath, List.of());
    }

    private static String slug(String phrase) {
        return phrase.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static String describe(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return AcceptedValues.ofType(type).orElse("an object");
    }

    /** What the field wanted, with a value it accepts: its documented example, or one of its type. */
    private static String expected(MismatchedInputException e) {
        Class<?> type = e.getTargetType();
        String what = type == null ? "another type" : describe(type);
        JsonMappingException.Reference field = lastField(e);
        if (field == null) {
            return what;
        }
        Object from = field.getFrom();
        Class<?> owner = from instanceof Class<?> c ? c : from == null ? null : from.getClass();
        return AcceptedValues.documented(owner, field.getFieldName())
                .filter(example -> !what.contains(example))
                .map(example -> what + ", " + example).orElse(what);
    }

    private static JsonMappingException.Reference lastField(JsonMappingException e) {
        JsonMappingException.Reference last = null;
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                last = ref;
            }
        }
        return last;
    }

    /** A violation's message with a value the field accepts, from the field's documentation. */
    private static String withAcceptedValue(ConstraintViolation<?> violation) {
        String property = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY) {
                property = node.getName();
            }
        }
        Object leaf = violation.getLeafBean();
        String message = violation.getMessage();
        return AcceptedValues.documented(leaf == null ? null : leaf.getClass(), property)
                .map(example -> message + "; " + example).orElse(message);
    }

    /** The path of a JSON field as {@code a.b[0].c}. */
    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /**
     * The path of a violation relative to the request: {@code values[0].code} for a body field, the parameter's
     * name for a parameter ({@code body} when the body itself is missing).
     */
    private static String fieldPath(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.isInIterable() && (node.getIndex() != null || node.getKey() != null)) {
                path.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(name);
            }
        }
        return path.isEmpty() ? (parameter == null ? "body" : parameter) : path.toString();
    }

    private static List<ElementKind> kinds(Path path) {
        return java.util.stream.StreamSupport.stream(path.spliterator(), false).map(Path.Node::getKind).toList();
    }
}
