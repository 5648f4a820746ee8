package app.rounddown.support;

import static io.restassured.RestAssured.given;

import app.rounddown.people.Role;
import app.rounddown.people.User;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Named people and openings made through the API, each with data of its own. */
public final class Fixtures {
    public static final String PASSWORD = "a-long-test-password";
    private static final Map<String, Person> PEOPLE = new ConcurrentHashMap<>();

    private Fixtures() {
    }

    /** Someone who signs in; made once per test run, since hashing a password is slow on purpose. */
    public record Person(long id, String name, String email) {
        public RequestSpecification calls() {
            return given().auth().oauth2(ApiTokensForTests.of(email));
        }
    }

    public static Person hannah() {
        return person("Hannah Hiring", "HIRING_MANAGER");
    }

    public static Person marcus() {
        return person("Marcus Manager", "HIRING_MANAGER");
    }

    public static Person rita() {
        return person("Rita Recruiter", "RECRUITER");
    }

    public static Person tim() {
        return person("Tim Smallteam", "RECRUITER");
    }

    public static Person simon() {
        return person("Simon Technical", "INTERVIEWER");
    }

    public static Person ada() {
        return person("Ada Admin", "ADMIN");
    }

    public static Person person(String name, String role) {
        return PEOPLE.computeIfAbsent(name + "/" + role, key -> {
            String email = name.toLowerCase().replaceAll("[^a-z]+", ".") + "-" + UUID.randomUUID().toString().substring(0, 6)
                    + "@rounddown.test";
            return new Person(user(name, email, "Europe/London", role), name, email);
        });
    }

    /**
     * An account with {@link #PASSWORD}, made directly: an admin's new account gets a set-password link by e-mail
     * instead (PasswordLinksTest), which would put a message in every fixture person's inbox.
     */
    public static long user(String name, String email, String zone, String role) {
        return QuarkusTransaction.requiringNew().call(() -> User.create(name, email, zone,
                EnumSet.of(Role.valueOf(role)), PASSWORD).id);
    }

    public static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static long openingTae() {
        return opening(unique("Technical Account Executive"), "TECHNICAL_ACCOUNT_EXECUTIVE");
    }

    public static long opening(String title, String roleType) {
        return opening(title, roleType, hannah().id());
    }

    public static long opening(String title, String roleType, long hiringManagerId) {
        return ((Number) given().contentType(ContentType.JSON)
                .body(Map.of("title", title, "roleType", roleType, "hiringManagerId", hiringManagerId))
                .post("/api/openings").then().statusCode(201).extract().path("id")).longValue();
    }

    public static long candidateJane() {
        return candidate(unique("Jane Doe"));
    }

    public static long candidate(String name) {
        return candidate(name, email());
    }

    public static long candidate(String name, String email) {
        return ((Number) given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "email", email, "timeZone", "Europe/London", "source", "INBOUND"))
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

    /** Assigns an interviewer to the stage and submits their card with this overall score. */
    public static void card(long applicationId, String stage, Person interviewer, int overall) {
        card(applicationId, stage, interviewer, overall, Map.of());
    }

    public static void card(long applicationId, String stage, Person interviewer, int overall,
                            Map<String, Integer> ratings) {
        given().contentType(ContentType.JSON).body(Map.of("applicationId", applicationId, "stage", stage,
                        "interviewerId", interviewer.id(), "startsAt", "2026-01-05T10:00:00Z"))
                .post("/api/assignments").then().statusCode(201);
        Map<String, Object> scored = new java.util.HashMap<>();
        ratings.forEach((key, score) -> scored.put(key, Map.of("score", score)));
        interviewer.calls().contentType(ContentType.JSON)
                .body(Map.of("overall", overall, "takeaways", interviewer.name() + " says " + overall, "ratings", scored))
                .post("/api/scorecards/" + applicationId + "/" + stage + "/submission").then().statusCode(201);
    }

    /** Moves the application on from an interview stage, with the yes that the gate needs. */
    public static void pass(long applicationId, String stage, String next) {
        card(applicationId, stage, person("Gate Keeper", "INTERVIEWER"), 3);
        move(applicationId, stage, next);
    }

    public static void move(long applicationId, String seenStage, String to) {
        given().contentType(ContentType.JSON).body(Map.of("seenStage", seenStage, "to", to))
                .post("/api/applications/" + applicationId + "/moves").then().statusCode(201);
    }

    /** An opening on the careers page: open, published, with a description; returns its id. */
    public static long publishedOpening(String title, String roleType) {
        return ((Number) given().contentType(ContentType.JSON).body(Map.of("title", title, "roleType", roleType,
                        "hiringManagerId", hannah().id(), "description", "What you will do:\n\n- sell\n- **listen**",
                        "location", "London", "remote", "HYBRID", "employmentType", "FULL_TIME", "published", true))
                .post("/api/openings").then().statusCode(201).extract().path("id")).longValue();
    }

    /** A tiny but well-formed PDF, as a candidate's CV. */
    public static byte[] pdf(String text) {
        String body = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R "
                + "/Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
                + "4 0 obj << /Length " + (text.length() + 31) + " >> stream\nBT /F1 12 Tf 20 100 Td (" + text
                + ") Tj ET\nendstream endobj\n5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n";
        return body.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
