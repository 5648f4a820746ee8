package app.rounddown.opening;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import app.rounddown.support.Forms;

/** Creating and editing an opening in the browser. */
@QuarkusTest
class OpeningPagesTest {
    @Inject
    Database database;

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
