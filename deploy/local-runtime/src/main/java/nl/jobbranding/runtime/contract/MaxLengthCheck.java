package nl.jobbranding.runtime.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Issue 13, item 13, for any app: every string field of every JSON request body its served OpenAPI document gives a
 * {@code maxLength} (nested objects and array items too) is sent at exactly that length, in two-byte characters
 * ('é') wherever the field's pattern allows them, so that a column counted in bytes, or shorter than documented, shows:
 * no 5xx, and on 2xx the value read back as sent. One character more must be a 400 problem naming the field. A valid
 * request comes from the test's {@link Fixture} per operation (a fresh one for every send: prior state such as a story
 * to review is made through the API); the fields are found in the document, never listed by hand. An operation with
 * such fields and no fixture fails the check, unless the test names it with a reason.
 */
public final class MaxLengthCheck {

    /**
     * One valid request of an operation; {@code ifMatch} may be null, and {@code readBack} names where the value can be
     * read again when neither the answer nor its Location holds it (null: nowhere else).
     */
    public record Request(String token, String path, String ifMatch, Map<String, Object> body, String readBack) {

        public Request(String token, String path, String ifMatch, Map<String, Object> body) {
            this(token, path, ifMatch, body, null);
        }
    }

    /** Makes a valid request of one operation, with fresh state each time it is asked. */
    public interface Fixture extends Supplier<Request> {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("post", "put", "patch");
    private static final AtomicLong RUN = new AtomicLong(System.nanoTime());

    private record Field(String operationId, String method, String template, String path, int maxLength, String pattern,
                         String format) {
    }

    private final JsonNode document;
    private final Map<String, Fixture> fixtures = new LinkedHashMap<>();
    private final Map<String, String> skipped = new LinkedHashMap<>();
    private final Map<String, String> notReadBack = new LinkedHashMap<>();
    private final Map<String, String> starts = new LinkedHashMap<>();
    private final Map<String, String> exact = new LinkedHashMap<>();
    private final List<String> wrong = new ArrayList<>();
    private int checked;

    private MaxLengthCheck(JsonNode document) {
        this.document = document;
    }

    /** The check of the app the tests talk to (RestAssured's default base URI and port). */
    public static MaxLengthCheck ofServedDocument() {
        return new MaxLengthCheck(JSON.valueToTree(RestAssured.given().get("/api/v1/openapi.json").then().statusCode(200)
                .extract().jsonPath().getMap("")));
    }

    /** The fixture of an operation (by its operationId). */
    public MaxLengthCheck fixture(String operationId, Fixture fixture) {
        fixtures.put(operationId, fixture);
        return this;
    }

    /** Leaves out a field ({@code "operationId field.path"}) or a whole operation (its operationId), saying why. */
    public MaxLengthCheck skip(String what, String why) {
        skipped.put(what, why);
        return this;
    }

    /**
     * A field ({@code "operationId field.path"}) whose value must begin a certain way to be valid, such as a webhook URL
     * under the address prefix the tests' settings allow: its values are that start, then filler to the length.
     */
    public MaxLengthCheck startsWith(String field, String start) {
        starts.put(field, start);
        return this;
    }

    /**
     * A field ({@code "operationId field.path"}) that must name something the fixture made for it, such as a campaign's
     * own value with a code of the field's maximum length: sent as that value, and one character more as it with an 'a'.
     */
    public MaxLengthCheck exactly(String field, String value) {
        exact.put(field, value);
        return this;
    }

    /** An operation whose answer does not hold what was sent and that has nothing to read it back from (it stores nothing). */
    public MaxLengthCheck storesNothing(String operationId, String why) {
        notReadBack.put(operationId, why);
        return this;
    }

    /** Runs the check; answers what went wrong (empty when all is well) and prints how many fields it checked. */
    public List<String> run(String app) {
        List<Field> fields = fields();
        Set<String> operations = new TreeSet<>();
        fields.forEach(field -> operations.add(field.operationId()));
        int left = 0;
        for (Field field : fields) {
            String why = skipped.getOrDefault(field.operationId() + " " + field.path(), skipped.get(field.operationId()));
            if (why != null) {
                left++;
                continue;
            }
            Fixture fixture = fixtures.get(field.operationId());
            if (fixture == null) {
                wrong.add(field.operationId() + " " + field.path() + ": no fixture makes a valid request of this operation");
                continue;
            }
            check(field, fixture);
        }
        for (String operation : fixtures.keySet()) {
            if (!operations.contains(operation)) {
                wrong.add(operation + ": has a fixture but no documented field with a maxLength (renamed?)");
            }
        }
        Set<String> named = new TreeSet<>(operations);
        fields.forEach(field -> named.add(field.operationId() + " " + field.path()));
        Map<String, Set<String>> settings = Map.of("left out", skipped.keySet(), "given a start", starts.keySet(),
                "given a value", exact.keySet());
        settings.forEach((setting, whats) -> whats.stream().filter(what -> !named.contains(what)).forEach(what ->
                wrong.add(what + ": " + setting + ", but the document has no such field with a maxLength (renamed?)")));
        System.out.printf("maxLength check of %s: %d fields with a maxLength in %d operations, %d checked at and beyond their "
                + "length, %d left out with a reason%n", app, fields.size(), operations.size(), checked, left);
        skipped.forEach((what, why) -> System.out.println("  left out: " + what + ": " + why));
        return List.copyOf(wrong);
    }

    private void check(Field field, Fixture fixture) {
        String given = exact.get(field.operationId() + " " + field.path());
        String[] values = given != null ? new String[] {given, given + "a"} : values(field, starts.get(field.operationId() + " " + field.path()));
        if (given != null && given.length() != field.maxLength()) {
            wrong.add(field.operationId() + " " + field.path() + ": the value given is " + given.length() + " characters, not "
                    + field.maxLength());
            return;
        }
        if (values == null) {
            wrong.add(field.operationId() + " " + field.path() + ": no value of " + field.maxLength() + " characters matches "
                    + field.pattern() + " / " + field.format());
            return;
        }
        String what = field.method().toUpperCase() + " " + field.template() + " (" + field.operationId() + ") " + field.path()
                + " (maxLength " + field.maxLength() + ")";
        Request request = fixture.get();
        Response answer = send(field.method(), request, field.path(), values[0]);
        int status = answer.statusCode();
        if (status >= 500) {
            wrong.add(what + ": " + status + " at its maximum length " + abbreviate(answer.asString()));
            return;
        }
        if (status >= 400) {
            wrong.add(what + ": a value of exactly its maximum length was refused (" + abbreviate(values[0]) + "): " + status + " "
                    + abbreviate(answer.asString()));
            return;
        }
        if (!notReadBack.containsKey(field.operationId()) && !readBack(answer, request, values[0])) {
            wrong.add(what + ": " + status + ", but the value is not read back as sent");
            return;
        }
        Response over = send(field.method(), fixture.get(), field.path(), values[1]);
        if (over.statusCode() != 400 || !String.valueOf(over.contentType()).startsWith("application/problem+json")) {
            wrong.add(what + ": one character more is " + over.statusCode() + ", not a 400 problem " + abbreviate(over.asString()));
            return;
        }
        List<String> named = over.jsonPath().getList("invalidParams.name");
        if (named == null || !named.contains(field.path())) {
            wrong.add(what + ": one character more is a 400 that names " + named + ", not " + field.path());
            return;
        }
        checked++;
    }

    private Response send(String method, Request request, String path, String value) {
        ObjectNode body = JSON.valueToTree(request.body());
        put(body, path, value);
        RequestSpecification spec = RestAssured.given().contentType("application/json; charset=UTF-8").body(body.toString());
        if (request.token() != null) {
            spec.auth().oauth2(request.token());
        }
        if (request.ifMatch() != null) {
            spec.header("If-Match", request.ifMatch());
        }
        return spec.request(method.toUpperCase(), request.path());
    }

    /** The value is in the answer, or in what its Location points at. */
    private static boolean readBack(Response answer, Request request, String value) {
        if (contains(answer.asString(), value)) {
            return true;
        }
        for (String place : java.util.Arrays.asList(answer.header("Location"), request.readBack())) {
            if (place == null) {
                continue;
            }
            RequestSpecification read = RestAssured.given();
            if (request.token() != null) {
                read.auth().oauth2(request.token());
            }
            Response again = read.get(place);
            if (again.statusCode() == 200 && contains(again.asString(), value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String json, String value) {
        try {
            return contains(JSON.readTree(json), value);
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean contains(JsonNode node, String value) {
        if (node.isTextual()) {
            return node.asText().equals(value);
        }
        for (JsonNode child : node) {
            if (contains(child, value)) {
                return true;
            }
        }
        return false;
    }

    /** Sets the value at a path such as {@code content.author.name} or {@code values[0].code}, making what is missing. */
    private static void put(ObjectNode body, String path, String value) {
        String[] steps = path.split("\\.");
        JsonNode current = body;
        for (int i = 0; i < steps.length; i++) {
            String step = steps[i];
            boolean last = i == steps.length - 1;
            boolean item = step.endsWith("[0]");
            String name = item ? step.substring(0, step.length() - 3) : step;
            ObjectNode object = (ObjectNode) current;
            if (!item) {
                if (last) {
                    object.put(name, value);
                } else {
                    current = object.get(name) instanceof ObjectNode child ? child : object.putObject(name);
                }
                continue;
            }
            ArrayNode array = object.get(name) instanceof ArrayNode existing ? existing : object.putArray(name);
            if (last) {
                if (array.isEmpty()) {
                    array.add(value);
                } else {
                    array.set(0, new TextNode(value));
                }
            } else {
                if (array.isEmpty() || !array.get(0).isObject()) {
                    array.removeAll();
                    array.addObject();
                }
                current = array.get(0);
            }
        }
    }

    /** A valid value of exactly the maximum length and one a character longer, two-byte characters where allowed. */
    private static String[] values(Field field, String start) {
        int max = field.maxLength();
        String unique = Long.toString(RUN.incrementAndGet(), 36);
        List<String[]> candidates = new ArrayList<>();
        if (start != null) {
            String begin = start + unique + "/";
            candidates.add(new String[] {pad(begin, 'é', max), pad(begin, 'é', max + 1)});
            candidates.add(new String[] {pad(begin, 'a', max), pad(begin, 'a', max + 1)});
        } else if ("email".equals(field.format())) {
            candidates.add(new String[] {email(unique, max), email(unique, max + 1)});
        } else if ("uri".equals(field.format()) || "url".equals(field.format())) {
            String site = "https://example.nl/" + unique + "/";
            candidates.add(new String[] {pad(site, 'é', max), pad(site, 'é', max + 1)});
            candidates.add(new String[] {pad(site, 'a', max), pad(site, 'a', max + 1)});
        } else {
            candidates.add(new String[] {pad(unique, 'é', max), pad(unique, 'é', max + 1)});
            candidates.add(new String[] {pad(unique, 'a', max), pad(unique, 'a', max + 1)});
            candidates.add(new String[] {pad(unique.toUpperCase(), 'A', max), pad(unique.toUpperCase(), 'A', max + 1)});
            String digits = Long.toString(RUN.incrementAndGet());
            candidates.add(new String[] {pad(digits, '1', max), pad(digits, '1', max + 1)});
            // a field whose pattern wants a web address
            String site = "https://example.nl/" + unique + "/";
            candidates.add(new String[] {pad(site, 'é', max), pad(site, 'é', max + 1)});
            candidates.add(new String[] {pad(site, 'a', max), pad(site, 'a', max + 1)});
        }
        for (String[] candidate : candidates) {
            if (candidate[0].length() == max && (field.pattern() == null || Pattern.compile(field.pattern()).matcher(candidate[0]).find())) {
                return candidate;
            }
        }
        return null;
    }

    /** A well-formed address of the length: a local part of at most 64 characters, domain labels of at most 63. */
    private static String email(String unique, int length) {
        String local = pad(unique, 'a', Math.min(64, length - 5));
        int left = length - local.length() - 1 - ".nl".length();
        StringBuilder domain = new StringBuilder();
        while (left > 0) {
            int label = left <= 63 ? left : Math.min(63, left - 2);
            domain.append("b".repeat(label));
            left -= label;
            if (left > 0) {
                domain.append('.');
                left--;
            }
        }
        return local + "@" + domain + ".nl";
    }

    /** The start, then the filler, to the length (only the filler when the start does not fit). */
    private static String pad(String start, char filler, int length) {
        if (length <= 0) {
            return "";
        }
        String begin = start.length() * 2 <= length ? start : "";
        return begin + String.valueOf(filler).repeat(length - begin.length());
    }

    // --- the document ---

    private List<Field> fields() {
        List<Field> fields = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                JsonNode schema = operation.getValue().path("requestBody").path("content").path("application/json").path("schema");
                if (!METHODS.contains(operation.getKey()) || schema.isMissingNode()) {
                    continue;
                }
                String id = operation.getValue().path("operationId").asText(operation.getKey() + " " + path.getKey());
                walk(schema, "", 0, (fieldPath, max, pattern, format) -> fields.add(new Field(id, operation.getKey(), path.getKey(),
                        fieldPath, max, pattern, format)));
            }
        }
        return fields;
    }

    private interface Found {
        void field(String path, int maxLength, String pattern, String format);
    }

    private void walk(JsonNode schema, String path, int depth, Found found) {
        JsonNode resolved = resolve(schema);
        if (depth > 8 || resolved == null) {
            return;
        }
        for (String combination : List.of("allOf", "anyOf", "oneOf")) {
            for (JsonNode part : resolved.path(combination)) {
                walk(part, path, depth + 1, found);
            }
        }
        if (resolved.has("maxLength") && !path.isEmpty()) {
            found.field(path, resolved.get("maxLength").asInt(), resolved.path("pattern").isTextual() ? resolved.get("pattern").asText() : null,
                    resolved.path("format").isTextual() ? resolved.get("format").asText() : shape(resolved));
        }
        for (Map.Entry<String, JsonNode> property : resolved.path("properties").properties()) {
            walk(property.getValue(), path.isEmpty() ? property.getKey() : path + "." + property.getKey(), depth + 1, found);
        }
        if (resolved.has("items")) {
            walk(resolved.get("items"), path + "[0]", depth + 1, found);
        }
    }

    /** A field the document gives no format but an example of one: an e-mail address or a web address. */
    private static String shape(JsonNode schema) {
        String example = schema.path("example").isTextual() ? schema.get("example").asText()
                : schema.path("examples").path(0).isTextual() ? schema.get("examples").get(0).asText() : "";
        return example.matches("[^@\\s]+@[^@\\s]+\\.[a-z]+") ? "email" : example.startsWith("https://") ? "uri" : null;
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 10 && current != null && current.has("$ref"); i++) {
            String ref = current.get("$ref").asText();
            current = document.at(ref.substring(1));
            if (current.isMissingNode()) {
                return null;
            }
        }
        return current;
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "...(" + text.length() + " chars)" : text;
    }
}
