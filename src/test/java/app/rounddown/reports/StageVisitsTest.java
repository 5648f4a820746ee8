package app.rounddown.reports;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each stay of an application in a stage is one row that reports read, kept right by the database itself. */
@QuarkusTest
class StageVisitsTest {
    @Inject
    Database database;

    @Test
    void movingOnClosesTheStayAndOpensOneInTheNextStage() {
        long application = Fixtures.janeApplied();
        Fixtures.move(application, "APPLIED", "CULTURE");
        Fixtures.pass(application, "CULTURE", "TECHNICAL");

        assertEquals("APPLIED MOVED_ON CULTURE|CULTURE MOVED_ON TECHNICAL|TECHNICAL open -", visits(application));
    }

    @Test
    void aRejectionEndsTheStayWithItsReasonAndReopeningOpensTheSameStayAgain() {
        long application = Fixtures.janeApplied();
        Fixtures.move(application, "APPLIED", "CULTURE");
        given().contentType(ContentType.JSON).body(Map.of("seenStage", "CULTURE", "category", "CULTURE_FIT",
                "reason", "Pushes discounts before the full moon")).post("/api/applications/" + application + "/rejections")
                .then().statusCode(201);

        assertEquals("APPLIED MOVED_ON CULTURE|CULTURE REJECTED CULTURE_FIT", visits(application));

        given().contentType(ContentType.JSON).body(Map.of("seenStage", "CULTURE", "seenStatus", "REJECTED"))
                .post("/api/applications/" + application + "/reopenings").then().statusCode(201);

        assertEquals("APPLIED MOVED_ON CULTURE|CULTURE open -", visits(application));
    }

    @Test
    void aWithdrawalEndsTheStayAsWithdrawn() {
        long application = Fixtures.janeApplied();
        given().contentType(ContentType.JSON).body(Map.of("seenStage", "APPLIED", "category", "TIMING",
                "reason", "Took another offer")).post("/api/applications/" + application + "/withdrawals")
                .then().statusCode(201);

        assertEquals("APPLIED WITHDRAWN TIMING", visits(application));
    }

    private String visits(long application) {
        return database.text("select string_agg(stage || ' ' || coalesce(outcome, 'open') || ' '"
                + " || coalesce(next_stage, reason_category, '-'), '|' order by entered_at, id)"
                + " from report_stage_visit where application_id = ?", application);
    }
}
