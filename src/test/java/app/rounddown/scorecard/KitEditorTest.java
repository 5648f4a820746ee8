package app.rounddown.scorecard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, item 17: "A structured editor (criteria and questions as rows you can add, reorder, remove), kits per
 * stage and role type (with the stage's kit as the default), and a readable difference between two versions."
 */
@QuarkusTest
class KitEditorTest {
    @Inject
    Database database;

    private static RequestSpecification admin() {
        return Fixtures.ada().calls().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }

    private long versions(String stage, String role) throws Exception {
        return database.count("select count(*) from interview_kit where stage = ? and role_type "
                + (role == null ? "is null" : "= '" + role + "'"), stage);
    }

    @Test
    void movingARowShowsTheFormAgainAndSavesNothing() throws Exception {
        long before = versions("SMALL_TEAM", null);
        String page = admin().formParam("title", "Small team").formParam("durationMinutes", "30").formParam("basedOn", "1")
                .formParam("criterion.0.key", "a").formParam("criterion.0.name", "First criterion")
                .formParam("criterion.1.key", "b").formParam("criterion.1.name", "Second criterion")
                .formParam("question.0", "Only question").formParam("step", "up-criterion-1")
                .post("/kits/SMALL_TEAM").then().statusCode(200).extract().asString();
        assertEquals(before, versions("SMALL_TEAM", null));
        assertEquals(true, page.indexOf("value=\"Second criterion\"") < page.indexOf("value=\"First criterion\""), page);
        admin().formParam("title", "Small team").formParam("durationMinutes", "30").formParam("basedOn", "1")
                .formParam("question.0", "Only question").formParam("step", "add-criterion")
                .post("/kits/SMALL_TEAM").then().statusCode(200).body(containsString("name=\"criterion.0.name\""));
    }

    @Test
    void aSaveOnTopOfAnotherAdminsVersionIsRefusedAndKeepsWhatWasTyped() throws Exception {
        long newest = database.count("select max(version) from interview_kit where stage = 'CULTURE' and role_type is null");
        admin().formParam("title", "Culture interview").formParam("durationMinutes", "30")
                .formParam("basedOn", String.valueOf(newest - 1)).formParam("criterion.0.key", "values")
                .formParam("criterion.0.name", "Values typed meanwhile").formParam("criterion.0.culture", "on")
                .formParam("question.0", "What do you value?").formParam("step", "save")
                .post("/kits/CULTURE").then().statusCode(409)
                .body(containsString("saved version " + newest + " of this kit while you were editing"))
                .body(containsString("value=\"Values typed meanwhile\""));
        assertEquals(newest, database.count("select max(version) from interview_kit where stage = 'CULTURE' "
                + "and role_type is null"));
    }

    @Test
    void aKitForOneRoleStartsFromTheStagesAndServesOnlyThatRole() throws Exception {
        Fixtures.Person ada = Fixtures.ada();
        ada.calls().get("/kits/TECHNICAL/edit?role=BUSINESS_DEVELOPMENT_REP").then().statusCode(200)
                .body(containsString("Business Development Rep interviews use the stage's kit"));
        long basedOn = versions("TECHNICAL", "BUSINESS_DEVELOPMENT_REP");
        admin().formParam("title", "BDR technical").formParam("durationMinutes", "40").formParam("basedOn", String.valueOf(basedOn))
                .formParam("criterion.0.name", "Cold calling").formParam("criterion.0.guidance", "Books the meeting")
                .formParam("criterion.1.key", "values").formParam("criterion.1.name", "Values")
                .formParam("criterion.1.culture", "on").formParam("question.0", "Call me and book a demo")
                .formParam("step", "save").post("/kits/TECHNICAL?role=BUSINESS_DEVELOPMENT_REP").then().statusCode(303);
        assertEquals(basedOn + 1, versions("TECHNICAL", "BUSINESS_DEVELOPMENT_REP"));
        ada.calls().get("/kits").then().statusCode(200).body(containsString("<strong>Business Development Rep</strong>"));

        long bdr = Fixtures.application(Fixtures.candidate(Fixtures.unique("Bea Bdr")),
                Fixtures.opening(Fixtures.unique("BDR"), "BUSINESS_DEVELOPMENT_REP"));
        long tae = Fixtures.application(Fixtures.candidate(Fixtures.unique("Tom Tae")), Fixtures.openingTae());
        Fixtures.Person ivy = Fixtures.person(Fixtures.unique("Ivy Interviewer"), "INTERVIEWER");
        for (long application : new long[] {bdr, tae}) {
            given().contentType(ContentType.JSON).body(Map.of("applicationId", application, "stage", "TECHNICAL",
                    "interviewerId", ivy.id(), "startsAt", "2026-01-05T10:00:00Z")).post("/api/assignments")
                    .then().statusCode(201);
        }
        ivy.calls().get("/interviews/" + bdr + "/TECHNICAL").then().statusCode(200)
                .body(containsString("Call me and book a demo")).body(containsString("Cold calling"));
        ivy.calls().get("/interviews/" + tae + "/TECHNICAL").then().statusCode(200)
                .body(not(containsString("Call me and book a demo")));
        ivy.calls().contentType(ContentType.JSON).body(Map.of("overall", 3, "ratings", Map.of("cold-calling", Map.of("score", 3))))
                .put("/api/scorecards/" + bdr + "/TECHNICAL/draft").then().statusCode(200)
                .body("kitVersion", equalTo((int) basedOn + 1));
    }

    @Test
    void theVersionsPageComparesAnyTwoVersionsInWords() throws Exception {
        long newest = database.count("select max(version) from interview_kit where stage = 'SUPERDAY' and role_type is null");
        admin().formParam("title", "SuperDay renamed " + newest).formParam("durationMinutes", "480")
                .formParam("basedOn", String.valueOf(newest)).formParam("criterion.0.key", "output")
                .formParam("criterion.0.name", "Output of the day").formParam("question.0", "What did you build?")
                .formParam("step", "save").post("/kits/SUPERDAY").then().statusCode(303);
        Fixtures.ada().calls().get("/kits/SUPERDAY/versions").then().statusCode(200)
                .body(containsString("What changed from version " + newest));
        Fixtures.ada().calls().get("/kits/SUPERDAY/changes?from=" + newest + "&to=" + (newest + 1)).then().statusCode(200)
                .body(containsString("<th scope=\"row\">Title</th>"))
                .body(containsString("<ins>SuperDay renamed " + newest + "</ins>"));
        Fixtures.ada().calls().get("/kits/SUPERDAY/changes?from=99999&to=1").then().statusCode(400)
                .body(containsString("This kit has no version 99999."));
        Fixtures.ada().calls().get("/kits/SUPERDAY/edit?role=ASTRONAUT").then().statusCode(400)
                .body(containsString("Choose a role type from the list."));
    }
}
