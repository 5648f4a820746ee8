package app.rounddown.dossier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Assigning an interviewer from the candidate page: a mistake is shown beside its field, with what was typed. */
@QuarkusTest
class AssignmentFormTest {
    @Inject
    Database database;

    @Test
    void aMissingTimeIsExplainedBesideTheFieldAndTheChosenInterviewerStays() {
        long application = Fixtures.janeApplied();
        long simon = Fixtures.simon().id();
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("applicationId", application).formParam("stage", "TECHNICAL")
                .formParam("interviewerId", simon).formParam("durationMinutes", "50")
                .post("/assignments").then().statusCode(400)
                .body(containsString("id=\"starts-" + application + "-error\">Give the date and time of the interview."))
                .body(containsString("<option value=\"" + simon + "\" selected>"))
                .body(containsString("<option value=\"TECHNICAL\" selected>"))
                .body(containsString("value=\"50\""));
        assertEquals(0, database.count("select count(*) from interview_assignment where application_id = ?", application));
    }

    @Test
    void aGoodAssignmentGoesBackToTheCandidatePage() {
        long application = Fixtures.janeApplied();
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("applicationId", application).formParam("stage", "CULTURE")
                .formParam("interviewerId", Fixtures.simon().id()).formParam("startsAt", "2026-12-01T10:00")
                .post("/assignments").then().statusCode(303);
        assertEquals(1, database.count("select count(*) from interview_assignment where application_id = ?", application));
    }
}
