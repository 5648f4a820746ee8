package app.rounddown.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rounddown.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whatever people type is shown as text on every page that shows it, never run as markup. */
@QuarkusTest
class EscapingTest {
    private static final List<String> PAYLOADS = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>");

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Test
    void everyTextFieldIsEscapedOnEveryPageThatShowsIt() {
        for (String payload : PAYLOADS) {
            Fixtures.Person author = Fixtures.person("Author " + payload, "RECRUITER");
            long opening = Fixtures.opening("Opening " + payload, "SALES_TEAM_LEAD");
            Map<String, Object> profile = new HashMap<>();
            profile.put("name", "Candidate " + payload);
            profile.put("email", Fixtures.email());
            profile.put("location", "Location " + payload);
            profile.put("notes", "Notes " + payload);
            profile.put("timeZone", "Europe/London");
            profile.put("source", "INBOUND");
            long candidate = ((Number) author.calls().contentType(ContentType.JSON).body(profile).post("/api/candidates")
                    .then().statusCode(201).extract().path("id")).longValue();
            long application = Fixtures.application(candidate, opening);
            author.calls().contentType(ContentType.JSON)
                    .body(Map.of("seenStage", "APPLIED", "category", "OTHER", "reason", "Reason " + payload))
                    .post("/api/applications/" + application + "/rejections").then().statusCode(201);

            List<String> unescaped = new ArrayList<>();
            // The openings list narrowed to this role type, so the opening is on its first page however many others exist.
            for (String path : List.of("/openings?roleType=SALES_TEAM_LEAD", "/boards/" + opening, "/candidates/" + candidate,
                    "/candidates?q=candidate", "/candidates/" + candidate + "/edit", "/openings/" + opening + "/edit",
                    "/users", "/audit", "/users/" + author.id() + "/edit")) {
                String page = given().get(path).then().statusCode(200).extract().asString();
                if (page.contains(payload) || page.contains("<img src=x")) {
                    unescaped.add(path);
                }
                if (!page.contains(escaped(payload))) {
                    unescaped.add(path + " (the text is not shown at all, so this page proves nothing)");
                }
            }
            String ownProfile = author.calls().get("/profile").asString();
            if (ownProfile.contains(payload)) {
                unescaped.add("/profile");
            }
            assertEquals(List.of(), unescaped, "pages showing " + payload + " unescaped");
        }
    }
}
