package app.rounddown.scorecard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InterviewPagesTest {
    @Inject
    Database database;

    private static RequestSpecification form(Fixtures.Person who) {
        return who.calls().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }

    private static long assigned(Fixtures.Person interviewer, String stage, String startsAt) {
        long id = Fixtures.janeApplied();
        given().contentType(ContentType.JSON).body(Map.of("applicationId", id, "stage", stage,
                "interviewerId", interviewer.id(), "startsAt", startsAt)).post("/api/assignments").then().statusCode(201);
        return id;
    }

    @Test
    void theFormOffersExactlyFourChoicesForTheOverallRatingWithTheRuleBesideThem() {
        Fixtures.Person kim = Fixtures.person("Kim Keyboard", "INTERVIEWER");
        long id = assigned(kim, "CULTURE", "2026-01-05T10:00:00Z");
        String page = kim.calls().get("/interviews/" + id + "/CULTURE").then().statusCode(200)
                .body(containsString("Between two scores, choose the lower; without a definite yes, the answer is no."))
                .extract().asString();
        assertEquals(4, Pattern.compile("name=\"overall\" value=\"[1-4]\"").matcher(page).results().count());
        assertEquals(0, Pattern.compile("name=\"overall\" value=\"[^1-4]").matcher(page).results().count());
    }

    @Test
    void aHalfPointThroughTheFormIsRefusedAndWhatWasTypedIsKept() {
        Fixtures.Person kim = Fixtures.person("Kim Keyboard", "INTERVIEWER");
        long id = assigned(kim, "TECHNICAL", "2026-01-05T10:00:00Z");
        form(kim).formParam("rating.pitch", "2.5").formParam("overall", "3").formParam("takeaways", "Typed takeaways")
                .post("/interviews/" + id + "/TECHNICAL/submission")
                .then().statusCode(400)
                .body(containsString("Use a whole number from 1 (strong no) to 4 (strong yes)"))
                .body(containsString(">Typed takeaways</textarea>"));
        assertEquals(0, database.count("select count(*) from scorecard where application_id = ?", id));
    }

    @Test
    void aDraftSavesWithoutJavascriptAndAsYouTypeAndSurvivesAReload() {
        Fixtures.Person kim = Fixtures.person("Kim Keyboard", "INTERVIEWER");
        long id = assigned(kim, "SMALL_TEAM", "2026-01-05T10:00:00Z");
        form(kim).formParam("takeaways", "Half written").post("/interviews/" + id + "/SMALL_TEAM/draft")
                .then().statusCode(303);
        form(kim).header("HX-Request", "true").formParam("takeaways", "Half written, then more")
                .formParam("overall", "4").post("/interviews/" + id + "/SMALL_TEAM/draft")
                .then().statusCode(200).body(containsString("Draft saved"));
        kim.calls().get("/interviews/" + id + "/SMALL_TEAM").then().statusCode(200)
                .body(containsString(">Half written, then more</textarea>"))
                .body(containsString("name=\"overall\" value=\"4\" checked"));
    }

    @Test
    void submittingThroughTheFormLocksTheCardAndOffersAnAmendment() {
        Fixtures.Person kim = Fixtures.person("Kim Keyboard", "INTERVIEWER");
        long id = assigned(kim, "SUPERDAY", "2026-01-05T10:00:00Z");
        form(kim).formParam("overall", "3").formParam("takeaways", "Good output").formParam("mildConcerns", "Slow start")
                .post("/interviews/" + id + "/SUPERDAY/submission").then().statusCode(303);
        kim.calls().get("/interviews/" + id + "/SUPERDAY").then().statusCode(200)
                .body(containsString("Amend your scorecard")).body(containsString("Soft 3"))
                .body(not(containsString("Submit scorecard")));
    }

    @Test
    void myInterviewsShowsWhatIsOwedAndTheRecruiterQueueShowsWhatIsOverdue() {
        Fixtures.Person olly = Fixtures.person("Olly Overdue", "INTERVIEWER");
        long id = assigned(olly, "CULTURE", "2026-01-05T10:00:00Z");
        String candidate = database.text("select c.name from candidate c join application a on a.candidate_id = c.id "
                + "where a.id = ?", id);
        olly.calls().get("/interviews").then().statusCode(200).body(containsString(candidate))
                .body(containsString("Overdue since"));
        Fixtures.rita().calls().get("/queues").then().statusCode(200)
                .body(containsString("<strong>Olly Overdue</strong> owes the Culture interview card"));
    }

    @Test
    void todayAndUpcomingShowsWhereEachInterviewsCardStands() {
        // Issue 17, item 16: "'Today and upcoming' shows each interview's card status."
        Fixtures.Person uma = Fixtures.person(Fixtures.unique("Uma Upcoming"), "INTERVIEWER");
        assigned(uma, "CULTURE", Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES).toString());
        long drafted = assigned(uma, "TECHNICAL", Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES)
                .toString());
        long done = assigned(uma, "SMALL_TEAM", Instant.now().plus(Duration.ofDays(4)).truncatedTo(ChronoUnit.MINUTES)
                .toString());
        form(uma).formParam("overall", "3").formParam("takeaways", "Drafting").post("/interviews/" + drafted + "/TECHNICAL/draft")
                .then().statusCode(anyOf(is(200), is(303)));
        form(uma).formParam("overall", "3").formParam("takeaways", "A yes").post("/interviews/" + done + "/SMALL_TEAM/submission")
                .then().statusCode(303);
        String page = uma.calls().get("/interviews").then().statusCode(200).extract().asString();
        String upcoming = page.substring(page.indexOf("Today and upcoming"));
        assertTrue(upcoming.matches("(?s).*Culture interview</a>\\s*<span class=\"muted\">[^<]*</span>\\s*<span class=\"badge\">Card due .*"),
                upcoming);
        assertTrue(upcoming.matches("(?s).*Technical interview</a>\\s*<span class=\"muted\">[^<]*</span>\\s*<span class=\"badge\">Draft saved .*"),
                upcoming);
        assertTrue(upcoming.matches("(?s).*Small team screen</a>\\s*<span class=\"muted\">[^<]*</span>\\s*<span class=\"badge badge-open\">Card submitted</span>.*"),
                upcoming);
    }

    @Test
    void aCandidateWhoseCardsAreAllInIsInTheDecisionQueue() {
        long id = Fixtures.janeApplied();
        Fixtures.move(id, "APPLIED", "CULTURE");
        Fixtures.card(id, "CULTURE", Fixtures.person("Decisive Dee", "INTERVIEWER"), 4);
        String candidate = database.text("select c.name from candidate c join application a on a.candidate_id = c.id "
                + "where a.id = ?", id);
        // The queue lists the 100 longest waiting first, and the shared test database holds other tests' waiting
        // candidates (the reports' fixed data sets among them), so Jane is made the one waiting longest.
        database.update("update application set stage_entered_at = timestamptz '2000-01-01 00:00:00+00' where id = ?", id);
        Fixtures.rita().calls().get("/queues").then().statusCode(200).body(containsString(candidate));
    }

    @Test
    void theCandidatePageShowsRoundedDownResultsSoftThreesDivergenceAndOverrides() {
        long id = Fixtures.janeApplied();
        Fixtures.move(id, "APPLIED", "CULTURE");
        Fixtures.card(id, "CULTURE", Fixtures.person("High Harriet", "INTERVIEWER"), 4, Map.of("values", 3));
        Fixtures.card(id, "CULTURE", Fixtures.person("Low Luke", "INTERVIEWER"), 2, Map.of("values", 2));
        long candidate = database.count("select candidate_id from application where id = ?", id);
        given().get("/candidates/" + candidate).then().statusCode(200)
                .body(containsString("3 Yes")).body(containsString("Needs discussion"))
                .body(containsString("Culture and values fit: <strong class=\"score score-2\">2 No</strong>"))
                .body(containsString("Low Luke")).body(not(containsString("Before moving on")));
        // A third interviewer has not sent a card, so the gate holds and the hiring manager overrides.
        given().contentType(ContentType.JSON).body(Map.of("applicationId", id, "stage", "CULTURE",
                "interviewerId", Fixtures.person("Silent Sid", "INTERVIEWER").id(), "startsAt", "2026-01-05T10:00:00Z"))
                .post("/api/assignments").then().statusCode(201);
        Fixtures.hannah().calls().contentType(ContentType.JSON)
                .body(Map.of("seenStage", "CULTURE", "reason", "Discussed; going ahead"))
                .post("/api/applications/" + id + "/overrides").then().statusCode(201);
        given().get("/candidates/" + candidate).then().body(containsString("by override"))
                .body(containsString("Discussed; going ahead"));
        long opening = database.count("select opening_id from application where id = ?", id);
        given().get("/boards/" + opening).then().body(containsString("Overridden"));
    }

    @Test
    void editingAKitMakesANewVersionAndOldCardsKeepTheirs() {
        long id = Fixtures.janeApplied();
        Fixtures.card(id, "TECHNICAL", Fixtures.person("Version Vic", "INTERVIEWER"), 3);
        String basedOn = String.valueOf(database.count("select max(version) from interview_kit where stage = 'TECHNICAL' "
                + "and role_type is null"));
        form(Fixtures.ada()).formParam("title", "Technical interview").formParam("durationMinutes", "45")
                .formParam("basedOn", basedOn).formParam("notes", "Updated notes").formParam("criterion.0.name", "")
                .formParam("question.0", "One question").post("/kits/TECHNICAL")
                .then().statusCode(400).body(containsString("Name the criterion in up to 200 characters, or remove the row."));
        form(Fixtures.ada()).formParam("title", "Technical interview").formParam("durationMinutes", "45")
                .formParam("basedOn", basedOn).formParam("notes", "Updated notes")
                .formParam("criterion.0.key", "technical").formParam("criterion.0.name", "Technical aptitude")
                .formParam("criterion.0.guidance", "Solves it").formParam("criterion.1.key", "values")
                .formParam("criterion.1.name", "Culture").formParam("criterion.1.guidance", "How they work")
                .formParam("criterion.1.culture", "on")
                .formParam("question.0", "One question").formParam("question.1", "Another question").post("/kits/TECHNICAL")
                .then().statusCode(303);
        long latest = database.count("select max(version) from interview_kit where stage = 'TECHNICAL'");
        given().get("/api/scorecards/" + id + "/TECHNICAL").then().statusCode(200).body("[0].kitVersion", equalTo(1));
        Fixtures.Person next = Fixtures.person("New Kit Nina", "INTERVIEWER");
        given().contentType(ContentType.JSON).body(Map.of("applicationId", id, "stage", "TECHNICAL",
                "interviewerId", next.id(), "startsAt", "2026-01-05T10:00:00Z")).post("/api/assignments");
        next.calls().contentType(ContentType.JSON).body(Map.of("overall", 3)).put("/api/scorecards/" + id + "/TECHNICAL/draft")
                .then().statusCode(200).body("kitVersion", equalTo((int) latest));
    }
}
