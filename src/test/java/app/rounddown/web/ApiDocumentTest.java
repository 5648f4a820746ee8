package app.rounddown.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes the JSON API, and every operation in it is named, summed up and answered. */
@QuarkusTest
class ApiDocumentTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    @SuppressWarnings("unchecked")
    void onlyApiOperationsEachWithAnIdASummaryASuccessAndItsErrors() {
        Map<String, Object> document = given().accept("application/json")
                .get(management.toString().replaceFirst("(https?://[^/]+).*", "$1") + "/q/openapi")
                .then().statusCode(200).extract().as(Map.class);
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
}
