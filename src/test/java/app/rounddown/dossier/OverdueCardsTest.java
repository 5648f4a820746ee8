package app.rounddown.dossier;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The recruiters' "Scorecards overdue": assignments whose card is due and not in, whatever else is on the database. */
@QuarkusTest
class OverdueCardsTest {
    @Inject
    Database database;

    @Test
    void anOverdueCardIsOnTheQueueUntilItsInterviewerSubmitsIt() throws Exception {
        String name = Fixtures.unique("Overdue Owen");
        long application = Fixtures.application(Fixtures.candidate(name), Fixtures.openingTae());
        Fixtures.move(application, "APPLIED", "CULTURE");
        Fixtures.Person interviewer = Fixtures.person(Fixtures.unique("Late Lena"), "INTERVIEWER");
        // The oldest interview of the suite, so it is first in a list that shows the oldest hundred.
        given().contentType(ContentType.JSON).body(Map.of("applicationId", application, "stage", "CULTURE",
                "interviewerId", interviewer.id(), "startsAt", "2021-01-04T10:00:00Z"))
                .post("/api/assignments").then().statusCode(201);
        assertTrue(overdueSection().contains(name), "owed and past due");
        assertEquals(0, flagged(application));

        interviewer.calls().contentType(ContentType.JSON).body(Map.of("overall", 3, "takeaways", "Fine"))
                .post("/api/scorecards/" + application + "/CULTURE/submission").then().statusCode(201);
        assertFalse(overdueSection().contains(name), "the card is in");
        assertEquals(1, flagged(application));

        // A card removed (by hand, in the database) makes the assignment owed again.
        database.execute("delete from scorecard_view where application_id = " + application);
        database.execute("delete from scorecard where application_id = " + application);
        assertEquals(0, flagged(application));
        // Off the queue again: other tests look for their own overdue cards among its oldest hundred.
        database.execute("update interview_assignment set excused_at = now(), excused_by = 'Test clean-up', "
                + "excused_reason = 'Test clean-up' where application_id = " + application);
    }

    private long flagged(long application) throws Exception {
        return database.count("select count(*) from interview_assignment where application_id = ? and card_submitted",
                application);
    }

    private static String overdueSection() {
        String page = given().get("/queues").then().statusCode(200).extract().asString();
        return page.substring(page.indexOf("id=\"overdue-heading\""));
    }
}
