package app.rounddown.dossier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.Statements;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, item 3: "Default the picker to nobody, list interviewers first, show each person's other interviews that
 * day, and warn (not block) on overlaps, as the SuperDay scheduler does."
 */
@QuarkusTest
class InterviewerPickerTest {
    @Inject
    Database database;

    @Test
    void thePickerChoosesNobodyAndListsInterviewersBeforeEveryoneElse() {
        long application = Fixtures.janeApplied();
        Fixtures.Person interviewer = Fixtures.person(Fixtures.unique("Aa Ines Interviewer"), "INTERVIEWER");
        Fixtures.Person admin = Fixtures.person(Fixtures.unique("Aa Aaron Admin"), "ADMIN");
        String page = given().get("/candidates/" + candidateOf(application) + "?assign=" + application).then()
                .statusCode(200).extract().asString();
        String picker = page.substring(page.indexOf("id=\"interviewer-" + application + "\""));
        picker = picker.substring(0, picker.indexOf("</select>"));

        assertTrue(picker.contains("<option value=\"\">Choose who interviews</option>"), picker);
        assertTrue(!picker.contains(" selected"), "nobody is chosen until the recruiter chooses: " + picker);
        int everyoneElse = picker.indexOf("<optgroup label=\"Everyone else\">");
        assertTrue(picker.indexOf(interviewer.name()) > 0 && picker.indexOf(interviewer.name()) < everyoneElse, picker);
        assertTrue(picker.indexOf(admin.name()) > everyoneElse, picker);
    }

    @Test
    void choosingNobodyIsExplainedBesideThePicker() {
        long application = Fixtures.janeApplied();
        Fixtures.rita().calls().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("applicationId", application).formParam("stage", "CULTURE").formParam("interviewerId", "")
                .formParam("startsAt", "2026-12-03T09:00")
                .post("/assignments").then().statusCode(400)
                .body(containsString("id=\"interviewer-" + application + "-error\">Choose an active user to interview."))
                .body(containsString("value=\"2026-12-03T09:00\""));
        assertEquals(0, database.count("select count(*) from interview_assignment where application_id = ?", application));
    }

    @Test
    void eachPersonsInterviewsThatDayAreShownBesideTheirName() {
        Fixtures.Person ines = Fixtures.person(Fixtures.unique("Ines Busy"), "INTERVIEWER");
        assign(Fixtures.janeApplied(), ines, "2026-12-03T10:00:00Z");
        assign(Fixtures.janeApplied(), ines, "2026-12-03T15:30:00Z");
        assign(Fixtures.janeApplied(), ines, "2026-12-04T10:00:00Z");
        long application = Fixtures.janeApplied();

        warnings(Fixtures.rita().calls(), application, "CULTURE", null, "2026-12-03T08:00").then().statusCode(200)
                .body(containsString(ines.name() + " \u00b7 2 interviews on Thu 3 Dec: 10:00\u201310:45, 15:30\u201316:15<"))
                .body(containsString("Beside each name: their interviews on Thu 3 Dec, in your time zone."))
                .body(not(containsString("confirmWarnings")));
        warnings(Fixtures.rita().calls(), application, "CULTURE", null, "2026-12-05T08:00").then().statusCode(200)
                .body(containsString(ines.name() + " \u00b7 no interviews on Sat 5 Dec<"));
    }

    @Test
    void aClashIsAWarningTheRecruiterConfirmsNotARefusal() {
        Fixtures.Person ines = Fixtures.person(Fixtures.unique("Ines Double"), "INTERVIEWER");
        long first = Fixtures.janeApplied();
        assign(first, ines, "2026-12-07T10:00:00Z");
        long application = Fixtures.janeApplied();

        warnings(Fixtures.rita().calls(), application, "CULTURE", ines.id(), "2026-12-07T10:30").then().statusCode(200)
                .body(containsString(ines.name() + " already has the Culture interview of"))
                .body(containsString("name=\"confirmWarnings\""));
        Fixtures.rita().calls().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("applicationId", application).formParam("stage", "CULTURE").formParam("interviewerId", ines.id())
                .formParam("startsAt", "2026-12-07T10:30").formParam("durationMinutes", "30")
                .post("/assignments").then().statusCode(200)
                .body(containsString("Check before assigning"))
                .body(containsString(ines.name() + " already has the Culture interview of"))
                .body(containsString("at 7 Dec 2026, 10:00 GMT (45 minutes)."))
                .body(containsString("<option value=\"" + ines.id() + "\" selected>"))
                .body(containsString("value=\"2026-12-07T10:30\""))
                .body(containsString("value=\"30\""));
        assertEquals(0, database.count("select count(*) from interview_assignment where application_id = ?", application));

        Fixtures.rita().calls().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("applicationId", application).formParam("stage", "CULTURE").formParam("interviewerId", ines.id())
                .formParam("startsAt", "2026-12-07T10:30").formParam("durationMinutes", "30")
                .formParam("confirmWarnings", "yes")
                .post("/assignments").then().statusCode(303);
        assertEquals(1, database.count("select count(*) from interview_assignment where application_id = ?", application));
    }

    @Test
    void movingAnInterviewOntoAnotherOfTheSamePersonWarnsFirstButNotOntoItself() {
        Fixtures.Person ines = Fixtures.person(Fixtures.unique("Ines Moved"), "INTERVIEWER");
        assign(Fixtures.janeApplied(), ines, "2026-12-11T14:00:00Z");
        long moving = assign(Fixtures.janeApplied(), ines, "2026-12-11T10:00:00Z");

        move(moving, "2026-12-11T10:15", null).then().statusCode(303);
        move(moving, "2026-12-11T13:30", null).then().statusCode(200)
                .body(containsString("Check before moving"))
                .body(containsString(ines.name() + " already has the Culture interview of"))
                .body(containsString("value=\"2026-12-11T13:30\""));
        assertEquals("2026-12-11 10:15", startOf(moving));
        move(moving, "2026-12-11T13:30", "yes").then().statusCode(303);
        assertEquals("2026-12-11 13:30", startOf(moving));
    }

    @Test
    void backToBackInterviewsAndExcusedOnesAreNoClash() {
        Fixtures.Person ines = Fixtures.person(Fixtures.unique("Ines Tight"), "INTERVIEWER");
        assign(Fixtures.janeApplied(), ines, "2026-12-08T10:00:00Z");
        long application = Fixtures.janeApplied();
        Fixtures.rita().calls().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("applicationId", application).formParam("stage", "CULTURE").formParam("interviewerId", ines.id())
                .formParam("startsAt", "2026-12-08T10:45")
                .post("/assignments").then().statusCode(303);
    }

    @Test
    void thePickerRunsTheSameStatementsForOneInterviewThatDayAsForTwenty() {
        long application = Fixtures.janeApplied();
        Fixtures.Person ines = Fixtures.person(Fixtures.unique("Ines Counted"), "INTERVIEWER");
        assign(Fixtures.janeApplied(), ines, "2026-12-09T08:00:00Z");
        long forOne = Statements.during(() -> warnings(Fixtures.rita().calls(), application, "CULTURE", ines.id(),
                "2026-12-09T12:00").then().statusCode(200));
        for (int i = 0; i < 20; i++) {
            assign(Fixtures.janeApplied(), Fixtures.person(Fixtures.unique("Ivo Counted"), "INTERVIEWER"),
                    "2026-12-10T" + (10 + i % 8) + ":00:00Z");
        }
        long forTwenty = Statements.during(() -> warnings(Fixtures.rita().calls(), application, "CULTURE", ines.id(),
                "2026-12-10T12:00").then().statusCode(200));
        assertEquals(forOne, forTwenty);
        assertEquals(pageStatements(application, "2026-12-09T12:00"), pageStatements(application, "2026-12-10T12:00"),
                "the candidate page shown again with the picker for that day");
    }

    private static long pageStatements(long application, String startsAt) {
        return Statements.during(() -> Fixtures.rita().calls().contentType(ContentType.URLENC)
                .formParam("applicationId", application).formParam("stage", "CULTURE").formParam("interviewerId", "")
                .formParam("startsAt", startsAt).post("/assignments").then().statusCode(400));
    }

    private static io.restassured.response.Response warnings(RequestSpecification as, long application, String stage,
                                                             Long interviewer, String startsAt) {
        return as.contentType(ContentType.URLENC).formParam("applicationId", application).formParam("stage", stage)
                .formParam("interviewerId", interviewer == null ? "" : interviewer.toString())
                .formParam("startsAt", startsAt).post("/assignments/warnings");
    }

    private static long assign(long application, Fixtures.Person interviewer, String startsAt) {
        return ((Number) given().contentType(ContentType.JSON).body(Map.of("applicationId", application, "stage",
                "CULTURE", "interviewerId", interviewer.id(), "startsAt", startsAt, "durationMinutes", 45))
                .post("/api/assignments").then().statusCode(201).extract().path("id")).longValue();
    }

    private io.restassured.response.Response move(long assignment, String startsAt, String confirm) {
        RequestSpecification request = Fixtures.rita().calls().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("version", database.count("select calendar_sequence from interview_assignment where id = ?",
                        assignment))
                .formParam("startsAt", startsAt);
        return (confirm == null ? request : request.formParam("confirmWarnings", confirm))
                .post("/assignments/" + assignment + "/moves");
    }

    private String startOf(long assignment) {
        return database.text("select to_char(starts_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI') from interview_assignment "
                + "where id = ?", assignment);
    }

    private long candidateOf(long application) {
        return database.count("select candidate_id from application where id = ?", application);
    }
}
