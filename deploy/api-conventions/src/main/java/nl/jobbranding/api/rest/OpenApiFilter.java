package nl.jobbranding.api.rest;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Completes the generated OpenAPI document with what is the same for every operation, so that the resources
 * only declare what is particular to them (NL GOV API Design Rules):
 * <ul>
 * <li>paths relative to the server {@code /api/v1} (the major version is in the URI);</li>
 * <li>the API-Version header on every 2xx and 3xx response, ETag and Location where they are sent;</li>
 * <li>the problem responses that every operation can give (400, 404, 412, 428, 500, 503), as application/problem+json;</li>
 * <li>the shared parameters {@code limit}, {@code cursor} and {@code If-Match}, which operations use by reference
 * ({@code @Parameter(ref = "limit")});</li>
 * <li>whole-request examples of every operation that takes a body, from the service's
 * {@code openapi/request-examples.json} (operation id, then example name: {@code summary} and {@code value}), so that
 * an example is a body that works as sent, not fields put together;</li>
 * <li>{@code required} and nullability in the schemas of answers ({@link ResponseSchemas}), so that a generated client is
 * strict: a field always present is required, a field that can be null says so.</li>
 * </ul>
 * A service registers it with {@code mp.openapi.filter=nl.jobbranding.api.rest.OpenApiFilter}.
 */
public class OpenApiFilter implements OASFilter {

    public static final String BASE_PATH = "/api/v1";

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.servers(List.of(OASFactory.createServer().url(BASE_PATH)
                .description("This API; the major version is part of the path.")));
        openAPI.getComponents()
                .addHeader("API-Version", header("The full version of the API that answered.", "1.0.0"))
                .addHeader("ETag", header("Version of the resource; send it in If-Match to change it.", "\"3\""))
                .addHeader("Location", header("Where the created resource is.", "https://api.example.nl/api/v1/channels/linkedin"))
                .addHeader("Retry-After", header("Seconds after which to try again.", "5"));
        addSharedParameters(openAPI);
        RequestExamples.addTo(openAPI);

        Paths relative = OASFactory.createPaths();
        Map<String, PathItem> items = new LinkedHashMap<>(openAPI.getPaths().getPathItems());
        items.forEach((path, item) -> {
            if (path.startsWith(BASE_PATH + "/")) {
                boolean itemPath = path.endsWith("}");
                item.getOperations().forEach((method, operation) -> complete(method, operation, itemPath));
                relative.addPathItem(path.substring(BASE_PATH.length()), item);
            }
        });
        openAPI.paths(relative);
        ResponseSchemas.complete(openAPI);
    }

    private static void addSharedParameters(OpenAPI openAPI) {
        Config config = ConfigProvider.getConfig();
        int defaultLimit = config.getOptionalValue("api.paging.default-limit", Integer.class).orElse(20);
        int maxLimit = config.getOptionalValue("api.paging.max-limit", Integer.class).orElse(100);
        openAPI.getComponents()
                .addParameter(Paging.LIMIT, OASFactory.createParameter().name(Paging.LIMIT).in(Parameter.In.QUERY)
                        .description("Page size: 1 to " + maxLimit + ", " + defaultLimit + " when absent.")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(BigDecimal.ONE)
                                .maximum(BigDecimal.valueOf(maxLimit)).defaultValue(defaultLimit))
                        .example(defaultLimit))
                .addParameter(Paging.CURSOR, OASFactory.createParameter().name(Paging.CURSOR).in(Parameter.In.QUERY)
                        .description("Where the page starts: take it from the next link of the previous page.")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)))
                .addParameter(ETags.IF_MATCH, OASFactory.createParameter().name(ETags.IF_MATCH).in(Parameter.In.HEADER)
                        .required(true)
                        .description("The ETag of the version you change. A stale one gets 412, a missing one 428.")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)).example("\"3\""));
    }

    private static void complete(PathItem.HttpMethod method, Operation operation, boolean itemPath) {
        APIResponses responses = operation.getResponses();
        boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasPathParameter = hasParameters && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.PATH);
        boolean conditional = hasParameters && operation.getParameters().stream()
                .anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName())
                        || (p.getRef() != null && p.getRef().endsWith("/If-Match")));

        if (hasBody || hasParameters) {
            addProblem(responses, "400", "The request is invalid: see invalidParams for every invalid field or parameter.");
        }
        if (hasPathParameter) {
            addProblem(responses, "404", "The resource does not exist.");
        }
        if (hasBody) {
            addProblem(responses, "413", "The request body is too large.");
            addProblem(responses, "415", "The body is not application/json.");
        }
        if (conditional) {
            addProblem(responses, "412", "The If-Match header does not name the current version: the resource was changed "
                    + "by someone else. The ETag header has the current version.");
            addProblem(responses, "428", "The If-Match header is missing.");
        }
        addProblem(responses, "500", "Unexpected error; the detail has a reference for the logs.");
        addProblem(responses, "503", "Something this operation needs (the database, another service) does not answer now; "
                + "Retry-After says when to try again.");
        responses.getAPIResponse("503").addHeader("Retry-After", ref("Retry-After"));

        boolean csv = responses.getAPIResponses().values().stream().anyMatch(r -> r.getContent() != null
                && r.getContent().hasMediaType(CsvWriter.TEXT_CSV));
        if (csv) {
            addProblem(responses, "406", "The Accept header asks for neither application/json nor text/csv.");
        }
        responses.getAPIResponses().forEach((code, response) -> {
            if (response.getContent() != null && response.getContent().hasMediaType(CsvWriter.TEXT_CSV)) {
                response.getContent().addMediaType(CsvWriter.TEXT_CSV, OASFactory.createMediaType().schema(OASFactory.createSchema()
                        .addType(Schema.SchemaType.STRING).description("RFC 4180 CSV (UTF-8) with a header row of the JSON "
                                + "answer's field names and a row per item; a page's next page is in the Link header "
                                + "(rel=\"next\").")));
            }
            if (code.startsWith("2") || code.startsWith("3")) {
                response.addHeader("API-Version", ref("API-Version"));
                if (code.equals("201")) {
                    response.addHeader("Location", ref("Location"));
                }
                if ((code.equals("201") || (itemPath && code.equals("200"))) && method != PathItem.HttpMethod.DELETE) {
                    response.addHeader("ETag", ref("ETag"));
                }
            } else if (response.getContent() == null || response.getContent().getMediaTypes().isEmpty()) {
                response.content(problemContent());
            }
        });
    }

    private static void addProblem(APIResponses responses, String code, String description) {
        APIResponse generated = responses.getAPIResponse(code);
        if (generated != null && "Bad Request".equals(generated.getDescription())) {
            responses.removeAPIResponse(code);
        }
        if (!responses.hasAPIResponse(code)) {
            APIResponse response = OASFactory.createAPIResponse().description(description).content(problemContent());
            responses.addAPIResponse(code, response);
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(ProblemMappers.PROBLEM_JSON,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }

    private static Header header(String description, String example) {
        return OASFactory.createHeader().description(description).example(example)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    private static Header ref(String name) {
        return OASFactory.createHeader().ref("#/components/headers/" + name);
    }
}
