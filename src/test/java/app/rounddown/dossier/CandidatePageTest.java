package app.rounddown.dossier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rounddown.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import app.rounddown.support.Forms;

/** The candidate page. */
@QuarkusTest
class CandidatePageTest {
    @Test
    void aCandidateIsAddedToAnOpeningFromTheirPageAndTheTimelineShowsIt() {
        String title = Fixtures.unique("Sales team lead");
        long opening = Fixtures.opening(title, "SALES_TEAM_LEAD");
        long candidate = Fixtures.candidate("Timeline Person");
        Fixtures.opening(Fixtures.unique("Another opening"), "SALES_TEAM_LEAD"); // so the form stays on the page
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
