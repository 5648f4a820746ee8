package app.rounddown.pipeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApplicationApiTest {
    @Inject
    Database database;

    private static io.restassured.response.ValidatableResponse post(long id, String action, Map<String, ?> body) {
        return Fixtures.rita().calls().contentType(ContentType.JSON).body(body)
                .post("/api/applications/" + id + "/" + action).then();
    }

    @Test
    void aNewApplicationStartsAtAppliedWithAnEvent() {
        long candidate = Fixtures.candidateJane();
        long opening = Fixtures.openingTae();
        int id = Fixtures.rita().calls().contentType(ContentType.JSON)
                .body(Map.of("candidateId", candidate, "openingId", opening))
                .post("/api/applications")
                .then().statusCode(201)
                .body("stage", equalTo("APPLIED")).body("status", equalTo("ACTIVE"))
                .extract().path("id");
        given().get("/api/applications/" + id + "/events").then().statusCode(200)
                .body("", hasSize(1)).body("[0].kind", equalTo("APPLIED")).body("[0].actor", equalTo("Rita Recruiter"));
    }

    @Test
    void aCandidateAppliesToAnOpeningOnlyOnce() {
        long candidate = Fixtures.candidateJane();
        long opening = Fixtures.openingTae();
        Fixtures.application(candidate, opening);
        given().contentType(ContentType.JSON).body(Map.of("candidateId", candidate, "openingId", opening))
                .post("/api/applications")
                .then().statusCode(400).body("errors[0].field", equalTo("openingId"))
                .body("errors[0].message", containsString("is already in the pipeline for"));
        assertEquals(1, database.count("select count(*) from application where candidate_id = ?", candidate));
    }

    @Test
    void unknownCandidateOrOpeningIsNamed() {
        given().contentType(ContentType.JSON).body(Map.of("candidateId", 999999999, "openingId", Fixtures.openingTae()))
                .post("/api/applications").then().statusCode(400).body("errors[0].field", equalTo("candidateId"));
        given().contentType(ContentType.JSON).body(Map.of("candidateId", Fixtures.candidateJane(), "openingId", 999999999))
                .post("/api/applications").then().statusCode(400).body("errors[0].field", equalTo("openingId"));
        given().contentType(ContentType.JSON).body(Map.of("candidateId", "abc", "openingId", 1))
                .post("/api/applications").then().statusCode(400).body("errors[0].field", equalTo("candidateId"));
    }

    @Test
    void aClosedOpeningTakesNoNewCandidates() {
        long opening = Fixtures.openingTae();
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "Closed TAE", "roleType", "TECHNICAL_ACCOUNT_EXECUTIVE", "hiringManagerId", Fixtures.hannah().id(),
                        "status", "CLOSED", "version", 0))
                .put("/api/openings/" + opening).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("candidateId", Fixtures.candidateJane(), "openingId", opening))
                .post("/api/applications").then().statusCode(400)
                .body("errors[0].message", equalTo("\u201cClosed TAE\u201d is closed; reopen it to add candidates."));
    }

    @Test
    void aMoveForwardIsRecordedWithWhoFromAndTo() {
        long id = Fixtures.janeApplied();
        post(id, "moves", Map.of("seenStage", "APPLIED", "to", "CULTURE"))
                .statusCode(201)
                .body("application.stage", equalTo("CULTURE"))
                .body("event.kind", equalTo("MOVED")).body("event.fromStage", equalTo("APPLIED"))
                .body("event.toStage", equalTo("CULTURE")).body("event.actor", equalTo("Rita Recruiter"));
        assertEquals("CULTURE", database.text("select stage from application where id = ?", id));
        assertEquals(2, database.events(id));
    }

    @Test
    void aMoveBackIsAllowed() {
        long id = Fixtures.janeApplied();
        Fixtures.move(id, "APPLIED", "CULTURE");
        post(id, "moves", Map.of("seenStage", "CULTURE", "to", "APPLIED")).statusCode(201)
                .body("application.stage", equalTo("APPLIED"));
    }

    @Test
    void skippingAStageIs422AndWritesNothing() {
        long id = Fixtures.janeApplied();
        post(id, "moves", Map.of("seenStage", "APPLIED", "to", "TECHNICAL"))
                .statusCode(422).body("message", containsString(": moves go one stage at a time"));
        assertEquals("APPLIED", database.text("select stage from application where id = ?", id));
        assertEquals(1, database.events(id));
    }

    @Test
    void aMoveBasedOnAnOldStageIs409AndSaysWhoChangedItAndWhen() {
        long id = Fixtures.janeApplied();
        Fixtures.tim().calls().contentType(ContentType.JSON)
                .body(Map.of("seenStage", "APPLIED", "to", "CULTURE"))
                .post("/api/applications/" + id + "/moves").then().statusCode(201);

        post(id, "moves", Map.of("seenStage", "APPLIED", "to", "CULTURE"))
                .statusCode(409)
                .body("message", containsString("Tim Smallteam changed"))
                .body("message", containsString("moved from Applied to Culture interview"))
                .body("details.changedBy", equalTo("Tim Smallteam"))
                .body("details.stage", equalTo("CULTURE"));
        assertEquals(2, database.events(id));
    }

    @Test
    void aMoveWithoutTheSeenStageIsRefused() {
        long id = Fixtures.janeApplied();
        post(id, "moves", Map.of("to", "CULTURE")).statusCode(400).body("errors[0].field", equalTo("seenStage"));
        post(id, "moves", Map.of("seenStage", "APPLIED", "to", "NOWHERE")).statusCode(400)
                .body("errors[0].field", equalTo("to"));
        assertEquals(1, database.events(id));
    }

    @Test
    void aRejectionNeedsACategoryAndWordsAndKeepsTheStage() {
        long id = Fixtures.janeApplied();
        Fixtures.move(id, "APPLIED", "CULTURE");
        post(id, "rejections", Map.of("seenStage", "CULTURE", "category", "CULTURE_FIT"))
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        post(id, "rejections", Map.of("seenStage", "CULTURE", "reason", "No definite yes"))
                .statusCode(400).body("errors[0].field", equalTo("category"));
        assertEquals(2, database.events(id));

        post(id, "rejections", Map.of("seenStage", "CULTURE", "category", "CULTURE_FIT", "reason", "No definite yes"))
                .statusCode(201)
                .body("application.status", equalTo("REJECTED")).body("application.stage", equalTo("CULTURE"))
                .body("event.reasonCategory", equalTo("CULTURE_FIT")).body("event.reason", equalTo("No definite yes"));
    }

    @Test
    void aRejectedApplicationCannotMoveUntilReopened() {
        long id = Fixtures.janeApplied();
        post(id, "rejections", Map.of("seenStage", "APPLIED", "category", "EXPERIENCE", "reason", "Too junior"))
                .statusCode(201);
        post(id, "moves", Map.of("seenStage", "APPLIED", "to", "CULTURE"))
                .statusCode(422).body("message", containsString("reopen it"));

        post(id, "reopenings", Map.of("seenStage", "APPLIED", "seenStatus", "REJECTED"))
                .statusCode(201).body("application.status", equalTo("ACTIVE")).body("event.kind", equalTo("REOPENED"));
        post(id, "moves", Map.of("seenStage", "APPLIED", "to", "CULTURE")).statusCode(201);
        given().get("/api/applications/" + id + "/events").then()
                .body("kind", equalTo(java.util.List.of("MOVED", "REOPENED", "REJECTED", "APPLIED")));
    }

    @Test
    void aWithdrawalIsRecordedWithItsReason() {
        long id = Fixtures.janeApplied();
        post(id, "withdrawals", Map.of("seenStage", "APPLIED", "category", "ACCEPTED_OTHER_OFFER",
                "reason", "Took an offer elsewhere"))
                .statusCode(201).body("application.status", equalTo("WITHDRAWN"));
        post(id, "withdrawals", Map.of("seenStage", "APPLIED", "category", "REJECTED_REASON", "reason", "x"))
                .statusCode(400).body("errors[0].field", equalTo("category"));
    }

    @Test
    void reopeningSomethingChangedSinceItWasSeenIs409() {
        long id = Fixtures.janeApplied();
        post(id, "withdrawals", Map.of("seenStage", "APPLIED", "category", "TIMING", "reason", "Later"))
                .statusCode(201);
        post(id, "reopenings", Map.of("seenStage", "APPLIED", "seenStatus", "REJECTED")).statusCode(409);
        post(id, "reopenings", Map.of("seenStage", "APPLIED", "seenStatus", "WITHDRAWN")).statusCode(201);
    }

    @Test
    void movingFromOfferToHiredIsFinal() {
        long id = Fixtures.janeApplied();
        String[] stages = {"APPLIED", "CULTURE", "TECHNICAL", "SMALL_TEAM", "SUPERDAY", "OFFER"};
        Fixtures.move(id, "APPLIED", "CULTURE");
        for (int i = 1; i + 1 < stages.length; i++) {
            Fixtures.pass(id, stages[i], stages[i + 1]);
        }
        // Issue 17, item 11: "Moving Offer to Hired needs an accepted offer".
        post(id, "moves", Map.of("seenStage", "OFFER", "to", "HIRED"))
                .statusCode(422).body("message", containsString("has no offer yet: a hire needs an accepted offer."));
        database.update("insert into offer (application_id, role_type, ote, currency, base_percent, annual_quota, "
                + "start_date, status, created_by) values (?, 'TECHNICAL_ACCOUNT_EXECUTIVE', 120000, 'USD', 50, 1000000, "
                + "current_date + 30, 'ACCEPTED', 'Test data')", id);
        post(id, "moves", Map.of("seenStage", "OFFER", "to", "HIRED"))
                .statusCode(201).body("application.status", equalTo("HIRED")).body("event.kind", equalTo("HIRED"));
        post(id, "moves", Map.of("seenStage", "HIRED", "to", "OFFER"))
                .statusCode(422).body("message", containsString("a hire is final"));
    }

    @Test
    void actionsOnAnUnknownApplicationAre404() {
        post(999999999L, "moves", Map.of("seenStage", "APPLIED", "to", "CULTURE")).statusCode(404)
                .body("message", equalTo("There is no application with id 999999999."));
        given().get("/api/applications/999999999").then().statusCode(404);
    }

    @Test
    void applicationsAreListedByOpeningAndStage() {
        long opening = Fixtures.openingTae();
        long first = Fixtures.application(Fixtures.candidateJane(), opening);
        Fixtures.application(Fixtures.candidateJane(), opening);
        Fixtures.move(first, "APPLIED", "CULTURE");
        given().get("/api/applications?openingId=" + opening + "&stage=CULTURE").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) first));
        given().get("/api/applications?openingId=" + opening).then().body("total", equalTo(2))
                .body("items.openingId", hasItem((int) opening));
        given().get("/api/applications?stage=SOMEWHERE").then().statusCode(400).body("errors[0].field", equalTo("stage"));
    }

    @Test
    void historyCannotBeRewrittenEvenInTheDatabase() {
        long id = Fixtures.janeApplied();
        assertThrows(SQLException.class,
                () -> database.execute("update application_event set actor = 'someone else' where application_id = " + id));
        assertThrows(SQLException.class,
                () -> database.execute("delete from application_event where application_id = " + id));
        assertEquals(1, database.events(id));
    }
}
