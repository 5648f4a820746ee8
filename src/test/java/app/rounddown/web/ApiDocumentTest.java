package app.rounddown.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document describes the JSON API, and every operation in it is named, summed up, secured and answered,
 * its errors in the one error shape.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class ApiDocumentTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final String ERROR = "#/components/schemas/Error";
    @TestHTTPResource(value = "/", management = true)
    URL management;

    private Map<String, Object> document() {
        return given().accept("application/json")
                .get(management.toString().replaceFirst("(https?://[^/]+).*", "$1") + "/q/openapi")
                .then().statusCode(200).extract().as(Map.class);
    }

    @Test
    void onlyApiOperationsEachWithAnIdASummaryASuccessAndItsErrors() {
        Map<String, Object> document = document();
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        paths.forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                problems.add(path + " is not part of the API");
            }
            item.forEach((method, value) -> {
                if (!METHODS.contains(method)) {
                    return;
                }
                Map<String, Object> operation = (Map<String, Object>) value;
                String name = method.toUpperCase() + " " + path;
                Object id = operation.get("operationId");
                if (id == null || !ids.add(id.toString())) {
                    problems.add(name + " has no operationId of its own");
                }
                if (operation.get("summary") == null || operation.get("summary").toString().isBlank()) {
                    problems.add(name + " has no summary");
                }
                Set<String> statuses = ((Map<String, Object>) operation.getOrDefault("responses", Map.of())).keySet();
                if (statuses.stream().noneMatch(status -> status.startsWith("2"))) {
                    problems.add(name + " documents no success");
                }
                if (statuses.stream().noneMatch(status -> status.startsWith("4"))) {
                    problems.add(name + " documents no error");
                }
            });
        });
        assertEquals(List.of(), problems);
        assertTrue(paths.size() >= 15, "the API is there: " + paths.keySet());
        assertTrue(((Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas"))
                .containsKey("Error"), "one error shape, written down");
    }

    @Test
    void everyOperationDocumentsEachErrorItCanGiveInTheOneErrorShape() {
        List<String> problems = new ArrayList<>();
        eachOperation(document(), (name, operation) -> {
            String method = name.substring(0, name.indexOf(' '));
            boolean writes = method.equals("POST") || method.equals("PUT");
            Set<String> expected = new TreeSet<>(List.of("400", "401", "403", "500", "503"));
            if (name.contains("{")) {
                expected.add("404");
            }
            if (writes) {
                expected.addAll(List.of("409", "413", "415", "422"));
            }
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            for (String status : expected) {
                Map<String, Object> response = responses.get(status);
                if (response == null) {
                    problems.add(name + " does not document " + status);
                    continue;
                }
                Map<String, Object> schema = jsonSchemaOf(response);
                boolean errorShape = status.equals("400")
                        ? schema != null && List.of(Map.of("$ref", ERROR)).equals(schema.get("allOf"))
                        && ((List<String>) schema.getOrDefault("required", List.of())).contains("errors")
                        : schema != null && ERROR.equals(schema.get("$ref"));
                if (!errorShape) {
                    problems.add(name + " " + status + " is not in the error shape: " + schema);
                }
            }
            if (responses.containsKey("429")) {
                problems.add(name + " documents 429, which only the sign-in form answers: the API takes tokens");
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void theErrorShapeIsAMessageWithFieldErrorsFor400() {
        Map<String, Map<String, Object>> schemas = schemas(document());
        Map<String, Object> error = schemas.get("Error");
        assertEquals(List.of("message"), error.get("required"));
        assertEquals(Set.of("message", "errors", "details"), ((Map<String, Object>) error.get("properties")).keySet());
        Map<String, Object> fieldError = schemas.get("FieldError");
        assertEquals(Set.of("field", "message"), Set.copyOf((List<String>) fieldError.get("required")));
    }

    @Test
    void everyOperationTakesAPersonalApiToken() {
        Map<String, Object> document = document();
        Map<String, Object> scheme = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) document
                .get("components")).get("securitySchemes")).get("token");
        assertEquals("http", scheme.get("type"));
        assertEquals("bearer", scheme.get("scheme"));
        assertEquals("a personal API token made on your profile page", scheme.get("description"));
        List<String> problems = new ArrayList<>();
        eachOperation(document, (name, operation) -> {
            List<Map<String, Object>> security = (List<Map<String, Object>>) operation.get("security");
            if (security == null || security.stream().noneMatch(requirement -> requirement.containsKey("token"))) {
                problems.add(name + " does not take the API token");
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void everyPostTakesAnOptionalIdempotencyKeyAndSaysWhenItReplayed() {
        List<String> problems = new ArrayList<>();
        int[] posts = {0};
        eachOperation(document(), (name, operation) -> {
            if (!name.startsWith("POST ")) {
                return;
            }
            posts[0]++;
            Map<String, Object> key = ((List<Map<String, Object>>) operation.getOrDefault("parameters", List.of()))
                    .stream().filter(p -> "Idempotency-Key".equals(p.get("name"))).findFirst().orElse(null);
            if (key == null) {
                problems.add(name + " takes no Idempotency-Key");
                return;
            }
            Map<String, Object> schema = (Map<String, Object>) key.get("schema");
            if (!"header".equals(key.get("in")) || Boolean.TRUE.equals(key.get("required"))
                    || !Integer.valueOf(1).equals(schema.get("minLength"))
                    || !Integer.valueOf(200).equals(schema.get("maxLength"))) {
                problems.add(name + " Idempotency-Key is not an optional header of 1-200 characters: " + key);
            }
            ((Map<String, Map<String, Object>>) operation.get("responses")).forEach((status, response) -> {
                if (status.startsWith("2") && !((Map<String, Object>) response.getOrDefault("headers", Map.of()))
                        .containsKey("Idempotent-Replayed")) {
                    problems.add(name + " " + status + " does not document Idempotent-Replayed");
                }
            });
        });
        assertEquals(List.of(), problems);
        assertTrue(posts[0] >= 8, "the POST operations are there");
    }

    @Test
    void fieldsThatMayBeNullSaySoAndEveryFieldOfAnAnswerIsRequired() {
        Map<String, Object> document = document();
        assertTrue(document.get("openapi").toString().startsWith("3.0."), "a 3.0 document: " + document.get("openapi"));
        Map<String, Map<String, Object>> schemas = schemas(document);
        Map<String, List<String>> nullable = Map.of(
                "CandidateView", List.of("phone", "location", "linkedinUrl", "cvUrl", "notes"),
                "OpeningView", List.of("hiringManagerId", "secondApproverId", "description", "location", "publishedAt"),
                "EventView", List.of("fromStage", "fromStatus", "reasonCategory", "reason"),
                "ScorecardView", List.of("overall", "takeaways", "mildConcerns", "askNext", "submittedAt",
                        "amendReason", "writtenIndependently"),
                "AssignmentView", List.of("excusedReason"),
                "CriterionRating", List.of("score", "note"));
        List<String> problems = new ArrayList<>();
        for (String view : List.of("CandidateView", "OpeningView", "ApplicationView", "EventView", "ScorecardView",
                "AssignmentView", "CriterionRating", "Change", "PageCandidateView")) {
            Map<String, Object> schema = schemas.get(view);
            if (schema == null) {
                problems.add(view + " is not in the document");
                continue;
            }
            Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) schema.get("properties");
            if (!properties.keySet().equals(Set.copyOf((List<String>) schema.getOrDefault("required", List.of())))) {
                problems.add(view + " does not require every field it always sends: " + schema.get("required"));
            }
            properties.forEach((field, property) -> {
                boolean mayBeNull = nullable.getOrDefault(view, List.of()).contains(field);
                if (mayBeNull != Boolean.TRUE.equals(property.get("nullable"))) {
                    problems.add(view + "." + field + (mayBeNull ? " may be null but does not say so"
                            : " is never null but says it may be") + ": " + property);
                }
            });
        }
        assertEquals(List.of(), problems);
        assertFalse(schemas.containsKey("TemplateInstance"), "the pages' templates are no part of the API");
    }

    @Test
    void theAppPortDoesNotServeTheDocument() {
        for (String path : List.of("/q/openapi", "/openapi", "/q/openapi?format=json")) {
            Response answer = given().redirects().follow(false).accept("application/json")
                    .get(path);
            assertNotEquals(200, answer.statusCode(), path + " answered 200 on the app's port");
            assertFalse(answer.asString().contains("\"openapi\""), path + " served the document on the app's port");
        }
    }

    private static Map<String, Object> jsonSchemaOf(Map<String, Object> response) {
        Map<String, Map<String, Object>> content = (Map<String, Map<String, Object>>) response.get("content");
        return content == null || content.get("application/json") == null ? null
                : (Map<String, Object>) content.get("application/json").get("schema");
    }

    private static Map<String, Map<String, Object>> schemas(Map<String, Object> document) {
        return (Map<String, Map<String, Object>>) ((Map<String, Object>) document.get("components")).get("schemas");
    }

    private static void eachOperation(Map<String, Object> document,
                                      BiConsumer<String, Map<String, Object>> check) {
        ((Map<String, Map<String, Object>>) document.get("paths")).forEach((path, item) -> item.forEach((method, op) -> {
            if (METHODS.contains(method)) {
                check.accept(method.toUpperCase() + " " + path, (Map<String, Object>) op);
            }
        }));
    }
}
