package app.rounddown.dossier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.people.Sessions;
import app.rounddown.support.Fixtures;
import app.rounddown.support.SignIn;
import app.rounddown.support.SignedInAsAdmin;
import app.rounddown.support.Statements;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: the candidate page lists every person an interview could go to and every opening the candidate could join
 * (hundreds of each, most of the page) only in a form that is open; a folded form gets its list when opened, by htmx or,
 * without JavaScript, by the link it shows.
 */
@QuarkusTest
class FoldedFormsTest {

    @Test
    void aFoldedAssignFormListsNobodyUntilOpened() {
        long application = Fixtures.janeApplied(); // at Applied: nobody needs to interview yet, so the form is folded
        long candidate = candidateOf(application);
        given().get("/candidates/" + candidate).then().statusCode(200)
                .body(containsString("<details class=\"assign\" id=\"assign-" + application + "\">"))
                .body(not(containsString("id=\"interviewer-" + application + "\"")))
                .body(containsString("data-hx-post=\"/assignments/warnings\" data-hx-trigger=\"toggle once from:closest details\""))
                .body(containsString("href=\"/candidates/" + candidate + "?assign=" + application + "#assign-" + application + "\""));
        given().get("/candidates/" + candidate + "?assign=" + application).then().statusCode(200)
                .body(containsString("<details class=\"assign\" id=\"assign-" + application + "\" open>"))
                .body(containsString("id=\"interviewer-" + application + "\""));
        // What htmx posts when the form is opened: the form as it stands, nothing chosen yet.
        Fixtures.rita().calls().contentType(ContentType.URLENC).formParam("applicationId", application)
                .formParam("stage", "CULTURE").formParam("startsAt", "").formParam("durationMinutes", "")
                .post("/assignments/warnings").then().statusCode(200)
                .body(containsString("id=\"interviewer-" + application + "\""))
                .body(containsString("Choose the time first to see everyone's interviews that day."));
    }

    @Test
    void aCandidateInNoPipelineSeesTheOpeningsAtOnceOthersWhenAsked() {
        Fixtures.openingTae(); // open, so there is somewhere to join
        long newcomer = Fixtures.candidate(Fixtures.unique("Nora Newcomer"));
        given().get("/candidates/" + newcomer).then().statusCode(200)
                .body(containsString("<details class=\"add-opening\" id=\"add-opening\" open>"))
                .body(containsString("id=\"openingId\""));

        long application = Fixtures.janeApplied();
        long candidate = candidateOf(application);
        given().get("/candidates/" + candidate).then().statusCode(200)
                .body(containsString("<details class=\"add-opening\" id=\"add-opening\">"))
                .body(not(containsString("id=\"openingId\"")))
                .body(containsString("href=\"/candidates/" + candidate + "?add=opening#add-opening\""));
        given().get("/candidates/" + candidate + "?add=opening").then().statusCode(200)
                .body(containsString("<details class=\"add-opening\" id=\"add-opening\" open>"))
                .body(containsString("id=\"add-opening-choice\""))
                .body(containsString("id=\"openingId\""));
        given().get("/candidates/" + candidate + "?assign=not-a-number&add=other").then().statusCode(200)
                .body(not(containsString("id=\"openingId\"")));
    }

    @Test
    void htmxUnfoldsTheOpeningsAloneNotTheWholePageAgain() {
        Fixtures.openingTae();
        long candidate = candidateOf(Fixtures.janeApplied());
        given().get("/candidates/" + candidate).then().statusCode(200)
                .body(containsString("data-hx-get=\"/candidates/" + candidate + "/applications/new\""));
        String session = SignIn.throughTheForm(SignedInAsAdmin.EMAIL, SignedInAsAdmin.PASSWORD).getCookie(Sessions.COOKIE);
        String[] fragment = new String[1];
        long statements = Statements.during(() -> fragment[0] = given().auth().none().cookie(Sessions.COOKIE, session)
                .header("HX-Request", "true")
                .get("/candidates/" + candidate + "/applications/new").then().statusCode(200)
                .body(containsString("id=\"openingId\"")).body(containsString("name=\"_csrf\""))
                .body(not(containsString("<html"))).extract().asString());
        assertTrue(fragment[0].strip().startsWith("<form class=\"inline-form\" id=\"add-opening-choice\""), fragment[0]);
        assertEquals(3, statements, "the session and its person, the candidate, the openings");
        // Without htmx (a link followed, a bookmark), the page with the form open.
        given().redirects().follow(false).get("/candidates/" + candidate + "/applications/new").then().statusCode(303)
                .header("Location", endsWith("/candidates/" + candidate + "?add=opening#add-opening"));
        // Adding to an opening is the staff's, and so is the list.
        Fixtures.simon().calls().header("HX-Request", "true").get("/candidates/" + candidate + "/applications/new")
                .then().statusCode(403);
        given().header("HX-Request", "true").get("/candidates/999999999/applications/new").then().statusCode(404);
    }

    private static long candidateOf(long application) {
        return ((Number) given().get("/api/applications/" + application).then().statusCode(200).extract()
                .path("candidateId")).longValue();
    }
}
