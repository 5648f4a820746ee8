package app.rounddown.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlatformTest {
    @TestHTTPResource(value = "/", management = true)
    URL management;

    private String management(String path) {
        return management.toString().replaceFirst("(https?://[^/]+).*", "$1") + path;
    }

    @Test
    void readinessIsUpWhileTheDatabaseAnswers() {
        given().get(management("/q/health/ready")).then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void theApiIsDescribedInOpenApiOnTheManagementPort() {
        given().accept("application/json").get(management("/q/openapi")).then().statusCode(200)
                .body("paths", hasKey("/api/applications/{id}/moves"))
                .body("paths", hasKey("/api/openings"))
                .body("paths", hasKey("/api/candidates/{id}"));
    }

    @Test
    void theAppPortServesNeitherHealthNorMetricsNorTheApiDocument() {
        for (String path : List.of("/q/health", "/q/health/ready", "/q/metrics", "/q/openapi")) {
            int status = given().redirects().follow(false).get(path).statusCode();
            org.junit.jupiter.api.Assertions.assertTrue(status == 404 || status == 303,
                    path + " answered " + status + " on the app's port");
        }
    }

    @Test
    void metricsCountWhatATeamWouldGraph() {
        String before = given().get(management("/q/metrics")).then().statusCode(200).extract().asString();
        long opening = Fixtures.opening(Fixtures.unique("Metered opening"), "TECHNICAL_ACCOUNT_EXECUTIVE",
                Fixtures.marcus().id());
        long application = Fixtures.application(Fixtures.candidateJane(), opening);
        given().contentType("application/json").body(java.util.Map.of("seenStage", "APPLIED", "to", "CULTURE"))
                .post("/api/applications/" + application + "/moves").then().statusCode(201);
        String after = given().get(management("/q/metrics")).then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("agroal_active_count"))
                .body(containsString("jvm_memory_used_bytes"))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(moved(before) + 1, moved(after),
                "applications moved to the culture interview");
    }

    @Test
    void everyResponseCarriesARequestId() {
        given().get("/signin").then().header(RequestIds.HEADER, matchesPattern("[0-9a-f]{16}"));
        given().header(RequestIds.HEADER, "from-the-proxy-42").get("/signin").then()
                .header(RequestIds.HEADER, equalTo("from-the-proxy-42"));
        given().header(RequestIds.HEADER, "bad id\r\nSet-Cookie: x").get("/signin").then()
                .header(RequestIds.HEADER, matchesPattern("[0-9a-f]{16}"));
    }

    private static double moved(String metrics) {
        return metrics.lines().filter(line -> line.startsWith("rounddown_applications_moved_total")
                        && line.contains("to=\"CULTURE\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void theStylesheetScriptsAndHtmxAreServedGzippedAndKeptForAYearUnderPathsNamingTheirContent() {
        String page = given().header("Accept-Encoding", "gzip").get("/signin").then().statusCode(200)
                .header("Content-Encoding", "gzip").extract().asString();
        Matcher stylesheet = Pattern.compile("href=\"/assets/([0-9a-f]{12})/app\\.css\"").matcher(page);
        assertTrue(stylesheet.find(), "the page links the stylesheet by its content's hash");
        String version = stylesheet.group(1);

        given().header("Accept-Encoding", "gzip").get("/assets/" + version + "/app.css").then().statusCode(200)
                .contentType(containsString("text/css")).header("Content-Encoding", "gzip")
                .header("Cache-Control", "public, max-age=31536000, immutable").body(containsString(".board"));
        given().get("/assets/" + version + "/files.js").then().statusCode(200).contentType(containsString("javascript"));
        // Another build's path (two versions running side by side) gets this build's file, never kept.
        given().get("/assets/0123456789ab/app.css").then().statusCode(200).header("Cache-Control", "no-cache");
        given().get("/assets/" + version + "/secrets.txt").then().statusCode(404);
        given().get("/assets/" + version + "/..%2Fapplication.properties").then().statusCode(404);
        given().get("/webjars/htmx.org/2.0.4/dist/htmx.min.js").then().statusCode(200)
                .header("Cache-Control", "public, max-age=31536000, immutable");
    }
}
