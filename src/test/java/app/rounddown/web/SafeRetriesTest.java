package app.rounddown.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rounddown.support.Database;
import app.rounddown.support.DroppedConnection;
import app.rounddown.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 12, finding 4: a client can always retry a POST safely, and is never told a saved change was not made. */
@QuarkusTest
class SafeRetriesTest {
    private static final String TO_CULTURE = "{\"seenStage\":\"APPLIED\",\"to\":\"CULTURE\"}";

    @Inject
    Database database;

    @AfterEach
    void disarm() {
        DroppedConnection.disarm();
    }

    private static Response move(long application, String key, String body) {
        return given().header("Idempotency-Key", key).contentType("application/json").body(body)
                .post("/api/applications/" + application + "/moves");
    }

    private long moves(long application) {
        return database.count("select count(*) from application_event where application_id = ? and kind = 'MOVED'",
                application);
    }

    @Test
    void aRepeatedKeyGetsTheFirstAnswerWithoutMovingTwice() {
        long application = Fixtures.janeApplied();
        String key = UUID.randomUUID().toString();
        Response first = move(application, key, TO_CULTURE);
        assertEquals(201, first.statusCode(), first.asString());
        Response again = move(application, key, TO_CULTURE);
        assertEquals(201, again.statusCode(), again.asString());
        assertEquals("true", again.getHeader("Idempotent-Replayed"));
        assertEquals(first.jsonPath().getMap("$"), again.jsonPath().getMap("$"));
        assertEquals(1, moves(application));
        assertEquals("CULTURE", database.text("select stage from application where id = ?", application));
    }

    @Test
    void theSameKeyForADifferentRequestIsRefused() {
        long application = Fixtures.janeApplied();
        String key = UUID.randomUUID().toString();
        move(application, key, TO_CULTURE).then().statusCode(201);
        move(application, key, "{\"seenStage\":\"CULTURE\",\"to\":\"TECHNICAL\"}").then().statusCode(422)
                .body("message", containsString("already used for a different request"));
        assertEquals("CULTURE", database.text("select stage from application where id = ?", application));
    }

    @Test
    void aKeyIsPerPersonSoAnotherPersonsKeyIsTheirOwn() {
        long application = Fixtures.janeApplied();
        String key = UUID.randomUUID().toString();
        move(application, key, TO_CULTURE).then().statusCode(201);
        Fixtures.rita().calls().header("Idempotency-Key", key).contentType("application/json")
                .body("{\"seenStage\":\"CULTURE\",\"to\":\"APPLIED\"}").post("/api/applications/" + application + "/moves")
                .then().statusCode(201);
        assertEquals(2, moves(application));
    }

    @Test
    void aMalformedKeyIsExplained() {
        long application = Fixtures.janeApplied();
        move(application, "no spaces allowed", TO_CULTURE).then().statusCode(400)
                .body("errors[0].field", containsString("Idempotency-Key"));
        assertEquals(0, moves(application));
    }

    @Test
    void aConnectionLostWhileCommittingIsA503ThatSaysSoAndARetryWithTheKeyMovesOnce() {
        long application = Fixtures.janeApplied();
        String key = UUID.randomUUID().toString();
        DroppedConnection.armForTheNextMove();
        Response lost = move(application, key, TO_CULTURE);
        assertEquals(503, lost.statusCode(), lost.asString());
        String message = lost.jsonPath().getString("message");
        assertEquals(true, message.contains("may or may not have been saved"), message);
        assertEquals(true, message.contains("retry with the same Idempotency-Key"), message);
        assertEquals(false, message.contains("nothing was changed"), message);

        Response retried = move(application, key, TO_CULTURE);
        assertEquals(201, retried.statusCode(), retried.asString());
        move(application, key, TO_CULTURE).then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(1, moves(application));
        assertEquals("CULTURE", database.text("select stage from application where id = ?", application));
    }

    @Test
    void withoutAKeyALostCommitIsStillNeverReportedAsNothingChanged() {
        long application = Fixtures.janeApplied();
        DroppedConnection.armForTheNextMove();
        Response lost = given().contentType("application/json").body(TO_CULTURE)
                .post("/api/applications/" + application + "/moves");
        assertEquals(503, lost.statusCode(), lost.asString());
        String message = lost.jsonPath().getString("message");
        assertEquals(true, message.contains("may or may not have been saved"), message);
    }
}
