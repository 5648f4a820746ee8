package app.rounddown.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Sends every operation of the OpenAPI document malformed, oversized, wrongly typed and boundary input, one change
 * at a time to a realistic request so that the checks behind the JSON parser are reached too. Whatever arrives,
 * the API answers in its one JSON error shape, never with a 5xx, and a refused write leaves every table as it was.
 *
 * <p>Seeded: {@code -Dfuzz.seed=...} replays a run (the seed is in every failure message), and
 * {@code -Dfuzz.cases=...} sets how many cases each operation gets.
 */
@QuarkusTest
class ApiFuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 12L);
    private static final int CASES_PER_OPERATION = Integer.getInteger("fuzz.cases", 16);
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource(value = "/", management = true)
    URL management;
    @Inject
    Database database;

    @Test
    void noRequestGetsA5xxOrAnAnswerWithoutAMessageOrWritesWhenRefused() throws Exception {
        JsonNode document = JSON.readTree(given().accept("application/json")
                .get(management.toString().replaceFirst("(https?://[^/]+).*", "$1") + "/q/openapi").asString());
        List<FuzzOperation> operations = FuzzOperation.all(document);
        assertTrue(operations.size() >= 15, "the document lists the API: " + operations);
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
        int sent = 0;
        for (FuzzOperation operation : operations) {
            FuzzRecords records = FuzzRecords.forOperation(operation);
            for (FuzzCase fuzzCase : FuzzCase.pick(FuzzCase.allFor(operation, records), random, CASES_PER_OPERATION)) {
                FuzzRequest request = fuzzCase.request(operation, records);
                String problem = send(request, statuses.computeIfAbsent(operation.toString(), key -> new TreeMap<>()));
                sent++;
                if (problem != null) {
                    failures.add(problem + "\n    " + fuzzCase + "\n    " + request);
                }
            }
        }
        System.out.println("ApiFuzzTest (seed " + SEED + "): " + sent + " requests; answers per operation: " + statuses);
        assertTrue(sent >= 300, "a few hundred cases, not " + sent);
        assertEquals("", String.join("\n", failures), failures.size() + " of " + sent + " requests failed (seed " + SEED
                + ", replay with -Dfuzz.seed=" + SEED + ")");
    }

    /** The fuzzer's first find: PostgreSQL text cannot hold NUL, so it is refused in words before the database sees it. */
    @Test
    void textWithANulCharacterIsRefusedWithAMessageAndWritesNothing() {
        String before = database.rowsOfEveryTable(Database.BOOKKEEPING);
        given().contentType("application/json").body(Map.of("name", "Jane\u0000Doe", "email", Fixtures.email(),
                        "timeZone", "Europe/London", "source", "INBOUND")).post("/api/candidates")
                .then().statusCode(400).body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo(StorableText.NUL));
        given().queryParam("q", "Jane\u0000").get("/api/candidates")
                .then().statusCode(400).body("errors[0].field", equalTo("q"))
                .body("errors[0].message", equalTo(StorableText.NUL));
        assertEquals(before, database.rowsOfEveryTable(Database.BOOKKEEPING));
    }

    /** What is wrong with the answer, or null when it is right. */
    private String send(FuzzRequest request, Map<Integer, Integer> statuses) {
        boolean write = WRITES.contains(request.method());
        String before = write ? database.rowsOfEveryTable(Database.BOOKKEEPING) : null;
        Response response = request.send();
        int status = response.statusCode();
        statuses.merge(status, 1, Integer::sum);
        if (status >= 500) {
            return "answered " + status + ": " + excerpt(response.asString());
        }
        String contentType = response.contentType() == null ? "" : response.contentType();
        String body = response.asString();
        if (!body.isEmpty() && !contentType.startsWith("application/json")) {
            return "answered " + status + " as " + contentType + ", not JSON: " + excerpt(body);
        }
        if (status >= 400) {
            JsonNode answer;
            try {
                answer = JSON.readTree(body);
            } catch (Exception notJson) {
                return "answered " + status + " with a body that is not JSON: " + excerpt(body);
            }
            if (answer == null || !answer.path("message").isTextual() || answer.path("message").asText().isBlank()) {
                return "answered " + status + " without a message: " + excerpt(body);
            }
            if (write && !before.equals(database.rowsOfEveryTable(Database.BOOKKEEPING))) {
                return "refused with " + status + " (" + answer.path("message").asText() + ") but changed rows";
            }
        }
        return null;
    }

    static String excerpt(String text) {
        return text == null ? "" : text.length() <= 400 ? text : text.substring(0, 400) + "... (" + text.length()
                + " characters)";
    }

    /** One operation of the document: its path and query parameters and the schema of its body, $refs resolved. */
    record FuzzOperation(String method, String path, List<Param> pathParams, List<Param> queryParams, JsonNode body) {
        record Param(String name, JsonNode schema) {
        }

        static List<FuzzOperation> all(JsonNode document) {
            List<FuzzOperation> operations = new ArrayList<>();
            document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                if (!Set.of("get", "put", "post", "delete", "patch").contains(op.getKey())) {
                    return;
                }
                List<Param> inPath = new ArrayList<>();
                List<Param> inQuery = new ArrayList<>();
                List<JsonNode> parameters = new ArrayList<>();
                path.getValue().path("parameters").forEach(parameters::add);
                op.getValue().path("parameters").forEach(parameters::add);
                for (JsonNode parameter : parameters) {
                    JsonNode resolved = resolve(document, parameter);
                    Param param = new Param(resolved.path("name").asText(), resolve(document, resolved.path("schema")));
                    (resolved.path("in").asText().equals("path") ? inPath : inQuery).add(param);
                }
                JsonNode body = op.getValue().path("requestBody");
                JsonNode schema = body.isMissingNode() ? null
                        : resolve(document, resolve(document, body).path("content").path("application/json").path("schema"));
                operations.add(new FuzzOperation(op.getKey().toUpperCase(), path.getKey(), inPath, inQuery,
                        schema == null ? null : resolveProperties(document, schema)));
            }));
            return operations;
        }

        /** Follows $ref, and picks the non-null branch of anyOf/oneOf/allOf (how nullable fields are written). */
        static JsonNode resolve(JsonNode document, JsonNode node) {
            JsonNode current = node;
            for (int depth = 0; depth < 10; depth++) {
                if (current.has("$ref")) {
                    JsonNode target = document;
                    for (String part : current.get("$ref").asText().substring(2).split("/")) {
                        target = target.path(part);
                    }
                    current = target;
                } else if (current.has("anyOf") || current.has("oneOf") || current.has("allOf")) {
                    JsonNode branches = current.has("anyOf") ? current.get("anyOf")
                            : current.has("oneOf") ? current.get("oneOf") : current.get("allOf");
                    JsonNode chosen = null;
                    for (JsonNode branch : branches) {
                        if (!"null".equals(branch.path("type").asText())) {
                            chosen = branch;
                            break;
                        }
                    }
                    if (chosen == null) {
                        return current;
                    }
                    current = chosen;
                } else {
                    return current;
                }
            }
            return current;
        }

        private static JsonNode resolveProperties(JsonNode document, JsonNode schema) {
            var copy = JSON.createObjectNode();
            copy.set("type", schema.path("type"));
            var properties = copy.putObject("properties");
            schema.path("properties").fields().forEachRemaining(p -> properties.set(p.getKey(), resolve(document, p.getValue())));
            copy.set("required", schema.path("required"));
            return copy;
        }

        /** The first type a schema allows other than null: "string", "integer", "number", "boolean", "object", "array". */
        static String type(JsonNode schema) {
            JsonNode type = schema.path("type");
            if (type.isArray()) {
                for (JsonNode one : type) {
                    if (!one.asText().equals("null")) {
                        return one.asText();
                    }
                }
            }
            return type.isTextual() ? type.asText() : schema.has("properties") ? "object" : "";
        }

        boolean hasBody() {
            return body != null;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A request ready to send, printed so that a failure can be replayed by hand. */
    record FuzzRequest(String method, String path, Map<String, String> query, String contentType, String body) {
        Response send() {
            String uri = path + (query.isEmpty() ? "" : "?" + query.entrySet().stream()
                    .map(q -> encode(q.getKey()) + "=" + encode(q.getValue())).collect(Collectors.joining("&")));
            RequestSpecification spec = given().urlEncodingEnabled(false).redirects().follow(false)
                    .config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                            .appendDefaultContentCharsetToContentTypeIfUndefined(false)));
            if (contentType != null) {
                spec = spec.contentType(contentType);
            }
            if (body != null) {
                // RestAssured encodes a form body itself; every other body goes out as these very bytes.
                spec = contentType != null && contentType.startsWith("application/x-www-form-urlencoded")
                        ? spec.body(body) : spec.body(body.getBytes(StandardCharsets.UTF_8));
            }
            return spec.request(method, uri);
        }

        @Override
        public String toString() {
            return method + " " + path + (query.isEmpty() ? "" : " query " + query) + (contentType == null ? ""
                    : " Content-Type: " + contentType) + (body == null ? " (no body)" : " body: " + excerpt(body));
        }
    }

    /** Made once per operation, so one operation's successes do not change what the next one finds. */
    record FuzzRecords(long opening, long candidate, long application, long assignment, long admin, long hiringManager,
                       long interviewer) {
        static FuzzRecords forOperation(FuzzOperation operation) {
            Database database = Arc.container().instance(Database.class).get();
            long admin = database.count("select id from app_user where email = ?",
                    ConfigProvider.getConfig().getValue("rounddown.admin.email", String.class));
            long opening = Fixtures.opening(Fixtures.unique("Fuzzed opening"), "TECHNICAL_ACCOUNT_EXECUTIVE");
            long candidate = Fixtures.candidate(Fixtures.unique("Fuzz Candidate"));
            long application = Fixtures.application(candidate, opening);
            // The admin interviews the culture stage, so the scorecard operations get past "you are not assigned".
            long assignment = ((Number) given().contentType("application/json").body(Map.of("applicationId", application,
                    "stage", "CULTURE", "interviewerId", admin, "startsAt", "2026-01-05T10:00:00Z"))
                    .post("/api/assignments").then().statusCode(201).extract().path("id")).longValue();
            if (operation.path().endsWith("/amendments")) {
                given().contentType("application/json").body(Map.of("overall", 3, "takeaways", "A definite yes."))
                        .post("/api/scorecards/" + application + "/CULTURE/submission").then().statusCode(201);
            }
            return new FuzzRecords(opening, candidate, application, assignment, admin, Fixtures.hannah().id(),
                    Fixtures.simon().id());
        }

        /** The id of an existing record for a path parameter or an "...Id" property of this name. */
        long idFor(String name, String path) {
            return switch (name) {
                case "openingId" -> opening;
                case "candidateId" -> candidate;
                case "applicationId" -> application;
                case "hiringManagerId" -> hiringManager;
                case "secondApproverId" -> Fixtures.marcus().id();
                case "interviewerId" -> interviewer;
                default -> path.startsWith("/api/openings") ? opening : path.startsWith("/api/candidates") ? candidate
                        : path.startsWith("/api/assignments") ? assignment : application;
            };
        }

        String stage() {
            return Arc.container().instance(Database.class).get()
                    .text("select stage from application where id = ?", application);
        }

        String status() {
            return Arc.container().instance(Database.class).get()
                    .text("select status from application where id = ?", application);
        }
    }
}
