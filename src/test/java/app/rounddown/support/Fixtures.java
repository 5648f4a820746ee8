package app.rounddown.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;

/** Named people and openings made through the API, each with data of its own. */
public final class Fixtures {
    private Fixtures() {
    }

    public static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static long openingTae() {
        return opening(unique("Technical Account Executive"), "TECHNICAL_ACCOUNT_EXECUTIVE");
    }

    public static long opening(String title, String roleType) {
        return ((Number) given().contentType(ContentType.JSON)
                .body(Map.of("title", title, "roleType", roleType, "hiringManager", "Hannah Hiring"))
                .post("/api/openings").then().statusCode(201).extract().path("id")).longValue();
    }

    public static long candidateJane() {
        return candidate(unique("Jane Doe"));
    }

    public static long candidate(String name) {
        return ((Number) given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "email", email(), "timeZone", "Europe/London", "source", "INBOUND"))
                .post("/api/candidates").then().statusCode(201).extract().path("id")).longValue();
    }

    public static String email() {
        return "person-" + UUID.randomUUID() + "@example.com";
    }

    public static long application(long candidateId, long openingId) {
        return ((Number) given().contentType(ContentType.JSON)
                .body(Map.of("candidateId", candidateId, "openingId", openingId))
                .post("/api/applications").then().statusCode(201).extract().path("id")).longValue();
    }

    /** Jane Doe applied to a fresh TAE opening. */
    public static long janeApplied() {
        return application(candidateJane(), openingTae());
    }

    public static void move(long applicationId, String seenStage, String to) {
        given().contentType(ContentType.JSON).body(Map.of("seenStage", seenStage, "to", to))
                .post("/api/applications/" + applicationId + "/moves").then().statusCode(201);
    }
}
