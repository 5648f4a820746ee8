package app.rounddown.dossier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.Forms;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** A board card's actions, loaded when the card's "Actions" is opened (issue 16: no form per card on the board). */
@QuarkusTest
class CardActionsTest {
    @Inject
    Database database;

    @Test
    void htmxGetsThePanelAndABrowserWithoutScriptGetsAPageThatReturnsToTheBoardAsFiltered() {
        long opening = Fixtures.openingTae();
        String name = Fixtures.unique("Petra Panel");
        long application = Fixtures.application(Fixtures.candidate(name), opening);

        String panel = given().header("HX-Request", "true").get("/applications/" + application + "/actions?q=petra")
                .then().statusCode(200).extract().asString();
        assertThat(panel, not(containsString("<html")));
        assertThat(panel, containsString("id=\"actions-" + application + "\""));
        assertThat(panel, containsString("name=\"to\" value=\"CULTURE\""));
        assertThat(panel, containsString("name=\"returnTo\" value=\"/boards/" + opening + "?q=petra\""));
        assertThat(panel, containsString("/applications/" + application + "/rejections/new?returnTo="));

        String page = given().get("/applications/" + application + "/actions?q=petra&closed=true").then().statusCode(200)
                .extract().asString();
        assertThat(page, containsString("<h1>" + name + "</h1>"));
        assertThat(page, containsString("href=\"/boards/" + opening + "?q=petra&amp;closed=true\""));

        Forms.post().formParam("seenStage", "APPLIED").formParam("seenStatus", "ACTIVE").formParam("to", "CULTURE")
                .formParam("returnTo", "/boards/" + opening + "?q=petra").post("/applications/" + application + "/moves")
                .then().statusCode(303).header("Location", containsString("/boards/" + opening + "?q=petra"));
        assertEquals("CULTURE", database.text("select stage from application where id = ?", application));
    }

    @Test
    void thePanelAndThePageAtOneAddressSayTheyVaryWithHtmxsHeaderSoABrowserCacheKeepsThemApart() {
        long candidate = Fixtures.candidate(Fixtures.unique("Vera Vary"));
        long application = Fixtures.application(candidate, Fixtures.openingTae());

        given().header("HX-Request", "true").get("/applications/" + application + "/actions").then().statusCode(200)
                .header("Vary", containsString("HX-Request"));
        given().get("/applications/" + application + "/actions").then().statusCode(200)
                .header("Vary", containsString("HX-Request"));
        given().get("/api/candidates/" + candidate).then().statusCode(200).contentType(containsString("json"))
                .header("Vary", not(containsString("HX-Request")));
    }

    @Test
    void aHiredCardHasNoActionsToOpen() throws Exception {
        long opening = Fixtures.openingTae();
        String name = Fixtures.unique("Hana Hired");
        long application = Fixtures.application(Fixtures.candidate(name), opening);
        database.execute("update application set stage = 'HIRED', status = 'HIRED' where id = " + application);

        String card = BoardCardsTest.cardOf(given().get("/boards/" + opening).then().statusCode(200).extract().asString(),
                name);
        assertThat(card, not(containsString("/actions")));
        assertThat(given().header("HX-Request", "true").get("/applications/" + application + "/actions").then()
                .statusCode(200).extract().asString(), containsString(name + " was hired: there is nothing more to do here."));
    }

    @Test
    void onlyThoseWhoMayMoveTheCandidateOpenTheActions() {
        long application = Fixtures.application(Fixtures.candidate(Fixtures.unique("Ivy Interviewed")),
                Fixtures.openingTae());
        Fixtures.person(Fixtures.unique("Curious") + " Ian", "INTERVIEWER").calls()
                .get("/applications/" + application + "/actions").then().statusCode(403);
        given().get("/applications/999999999/actions").then().statusCode(404);
    }
}
