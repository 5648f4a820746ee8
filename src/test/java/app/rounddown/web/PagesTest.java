package app.rounddown.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.RedirectConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PagesTest {
    @Inject
    Database database;

    private static RequestSpecification form() {
        return given().config(RestAssured.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }

    /** Follows a redirect the way a browser does, carrying the flash cookie. */
    private static String landing(Response redirect) {
        String cookie = redirect.getCookie("rd_flash");
        assertNotNull(cookie, "a flash message travels with the redirect");
        return given().cookie("rd_flash", cookie).get(redirect.getHeader("Location")).then().statusCode(200)
                .extract().asString();
    }

    @Test
    void theOpeningsListShowsHowManyPeopleAreAtEachStage() {
        String title = Fixtures.unique("Customer Success Manager");
        long opening = Fixtures.opening(title, "CUSTOMER_SUCCESS_MANAGER");
        long id = Fixtures.application(Fixtures.candidateJane(), opening);
        Fixtures.move(id, "APPLIED", "CULTURE");
        Fixtures.application(Fixtures.candidateJane(), opening);
        String page = given().get("/openings").then().statusCode(200).extract().asString();
        String row = page.substring(page.indexOf(title));
        row = row.substring(0, row.indexOf("</tr>"));
        java.util.List<String> counts = java.util.regex.Pattern.compile("<td class=\"num\">(\\d+)</td>").matcher(row)
                .results().map(m -> m.group(1)).toList();
        assertEquals(java.util.List.of("1", "1", "0", "0", "0", "0", "0"), counts);
    }

    @Test
    void creatingAnOpeningWithBadFieldsShowsMessagesAndKeepsWhatWasTyped() {
        long before = database.count("select count(*) from opening");
        String tooLong = "Head of <b>Sales</b> " + "x".repeat(200);
        form().formParam("title", tooLong).formParam("roleType", "").formParam("hiringManagerId", "")
                .post("/openings")
                .then().statusCode(400)
                .body(containsString("Keep the title to 200 characters or fewer."))
                .body(containsString("Choose a role type."))
                .body(containsString("Choose the hiring manager."))
                .body(containsString("value=\"Head of &lt;b&gt;Sales&lt;/b&gt; xxx"));
        assertEquals(before, database.count("select count(*) from opening"));
    }

    @Test
    void creatingAnOpeningRedirectsToItsBoardWithAMessage() {
        String title = Fixtures.unique("BDR Americas");
        Response created = form().formParam("title", title).formParam("roleType", "BUSINESS_DEVELOPMENT_REP")
                .formParam("hiringManagerId", String.valueOf(Fixtures.marcus().id())).post("/openings");
        assertEquals(303, created.statusCode());
        String board = landing(created);
        assertThat(board, "Opening \u201c" + title + "\u201d created.");
        assertThat(board, "Culture interview");
    }

    @Test
    void savingAnOpeningSomeoneElseChangedKeepsYourTextAndSaysSo() {
        long id = Fixtures.openingTae();
        form().formParam("title", "Their title").formParam("roleType", "TECHNICAL_ACCOUNT_EXECUTIVE")
                .formParam("hiringManagerId", String.valueOf(Fixtures.hannah().id())).formParam("status", "OPEN").formParam("version", "0")
                .post("/openings/" + id).then().statusCode(303);
        form().formParam("title", "My title").formParam("roleType", "TECHNICAL_ACCOUNT_EXECUTIVE")
                .formParam("hiringManagerId", String.valueOf(Fixtures.hannah().id())).formParam("status", "OPEN").formParam("version", "0")
                .post("/openings/" + id)
                .then().statusCode(409)
                .body(containsString("Someone else saved this opening"))
                .body(containsString("Their title"))
                .body(containsString("value=\"My title\""))
                .body(containsString("name=\"version\" value=\"1\""));
        assertEquals("Their title", database.text("select title from opening where id = ?", id));
    }

    @Test
    void theBoardShowsCardsAndFiltersThemByName() {
        long opening = Fixtures.openingTae();
        String ada = Fixtures.unique("Ada Lovelace");
        String grace = Fixtures.unique("Grace Hopper");
        Fixtures.application(Fixtures.candidate(ada), opening);
        Fixtures.application(Fixtures.candidate(grace), opening);
        given().get("/boards/" + opening).then().statusCode(200)
                .body(containsString(ada)).body(containsString(grace)).body(containsString("today in stage"));
        given().get("/boards/" + opening + "?q=lovelace").then().statusCode(200)
                .body(containsString(ada)).body(not(containsString(grace)));
    }

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

    @Test
    void aCandidateFormWithABadEmailAndTimeZoneKeepsEverythingTyped() {
        form().formParam("name", "Typed Name").formParam("email", "typed@").formParam("timeZone", "Moon/Base")
                .formParam("source", "AGENCY").formParam("notes", "Kept notes")
                .post("/candidates")
                .then().statusCode(400)
                .body(containsString("Enter an e-mail address like name@example.com."))
                .body(containsString("Choose a time zone by its name"))
                .body(containsString("value=\"Typed Name\"")).body(containsString("Kept notes"))
                .body(containsString("<option value=\"AGENCY\" selected>"));
        assertEquals(0, database.count("select count(*) from candidate where name = 'Typed Name'"));
    }

    @Test
    void aCandidateIsAddedToAnOpeningFromTheirPageAndTheTimelineShowsIt() {
        String title = Fixtures.unique("Sales team lead");
        long opening = Fixtures.opening(title, "SALES_TEAM_LEAD");
        long candidate = Fixtures.candidate("Timeline Person");
        given().get("/candidates/" + candidate).then().statusCode(200).body(containsString(title));
        Response added = form().formParam("openingId", String.valueOf(opening))
                .post("/candidates/" + candidate + "/applications");
        assertEquals(303, added.statusCode());
        String page = landing(added);
        assertThat(page, "Timeline Person added to the pipeline at Applied.");
        assertThat(page, title + ": added at Applied");

        form().formParam("openingId", "").post("/candidates/" + candidate + "/applications")
                .then().statusCode(400).body(containsString("Choose an opening."));
    }

    @Test
    void anUnknownPageSaysSoInWords() {
        given().get("/candidates/999999999").then().statusCode(404)
                .body(containsString("There is no candidate with id 999999999."));
        given().get("/boards/999999999").then().statusCode(404);
    }

    private static void assertThat(String text, String expected) {
        org.hamcrest.MatcherAssert.assertThat(text, containsString(expected));
    }
}
