package app.rounddown.pipeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import app.rounddown.support.Forms;

/** Moving, rejecting and the other pipeline actions, from the pages. */
@QuarkusTest
class ApplicationPagesTest {
    @Inject
    Database database;

    @Test
    void aMoveFromTheBoardReturnsToItWithAMessage() {
        long opening = Fixtures.openingTae();
        long id = Fixtures.application(Fixtures.candidate("Mover Person"), opening);
        Response moved = form().formParam("seenStage", "APPLIED").formParam("seenStatus", "ACTIVE")
                .formParam("to", "CULTURE").formParam("returnTo", "/boards/" + opening)
                .post("/applications/" + id + "/moves");
        assertEquals(303, moved.statusCode());
        assertThat(moved.getHeader("Location"), "/boards/" + opening);
        assertThat(landing(moved), "Mover Person: moved from Applied to Culture interview.");
        assertEquals("CULTURE", database.text("select stage from application where id = ?", id));
    }

    @Test
    void aMoveFromAStalePageIsRefusedWithWhoChangedIt() {
        long id = Fixtures.janeApplied();
        Fixtures.move(id, "APPLIED", "CULTURE");
        Response stale = form().formParam("seenStage", "APPLIED").formParam("seenStatus", "ACTIVE")
                .formParam("to", "CULTURE").post("/applications/" + id + "/moves");
        assertEquals(303, stale.statusCode());
        String page = landing(stale);
        assertThat(page, "While you were looking, Admin changed");
        assertThat(page, "flash-problem");
        assertEquals(2, database.events(id));
    }

    @Test
    void aRejectionWithoutWordsIsShownAgainWithTheMessageAndTheChoiceKept() {
        long id = Fixtures.janeApplied();
        given().get("/applications/" + id + "/rejections/new").then().statusCode(200)
                .body(containsString("Main reason")).body(containsString("name=\"seenStage\" value=\"APPLIED\""));
        form().formParam("seenStage", "APPLIED").formParam("seenStatus", "ACTIVE").formParam("category", "EXPERIENCE")
                .formParam("reason", "   ").post("/applications/" + id + "/rejections")
                .then().statusCode(400)
                .body(containsString("Write the reason in a sentence or two"))
                .body(containsString("<option value=\"EXPERIENCE\" selected>"));
        assertEquals("ACTIVE", database.text("select status from application where id = ?", id));

        Response rejected = form().formParam("seenStage", "APPLIED").formParam("seenStatus", "ACTIVE")
                .formParam("category", "EXPERIENCE").formParam("reason", "Needs more closing experience")
                .post("/applications/" + id + "/rejections");
        assertEquals(303, rejected.statusCode());
        String candidatePage = landing(rejected);
        assertThat(candidatePage, "rejected at Applied");
        assertThat(candidatePage, "Needs more closing experience");
        assertEquals("REJECTED", database.text("select status from application where id = ?", id));
    }

    @Test
    void anActionNeverRedirectsToAnotherSite() {
        long id = Fixtures.janeApplied();
        form().formParam("seenStage", "APPLIED").formParam("to", "CULTURE").formParam("returnTo", "//evil.example/x")
                .post("/applications/" + id + "/moves")
                .then().statusCode(303).header("Location", endsWith("/candidates/"
                        + database.count("select candidate_id from application where id = ?", id)));
    }

    private static RequestSpecification form() {
        return Forms.post();
    }

    private static String landing(Response redirect) {
        return Forms.landing(redirect);
    }

    private static void assertThat(String text, String expected) {
        org.hamcrest.MatcherAssert.assertThat(text, containsString(expected));
    }
}
