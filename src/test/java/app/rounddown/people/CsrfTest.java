package app.rounddown.people;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import app.rounddown.support.Browser;
import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.SignIn;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CsrfTest {
    @Inject
    Database database;

    private static String session() {
        return SignIn.throughTheForm(Fixtures.rita().email(), Fixtures.PASSWORD).getCookie(Sessions.COOKIE);
    }

    @Test
    void aForgedFormPostWithoutTheTokenIsRefusedAndChangesNothing() {
        long id = Fixtures.janeApplied();
        given().auth().none().cookie(Sessions.COOKIE, session()).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam("seenStage", "APPLIED").formParam("to", "CULTURE")
                .post("/applications/" + id + "/moves")
                .then().statusCode(403).body(containsString("This form has expired or did not come from Rounddown"));
        assertEquals("APPLIED", database.text("select stage from application where id = ?", id));
    }

    @Test
    void aTokenFromAnotherBrowserIsRefused() {
        long id = Fixtures.janeApplied();
        Response mine = given().auth().none().get("/signin");
        Response theirs = given().auth().none().get("/signin");
        given().auth().none().cookie(Sessions.COOKIE, session()).cookie(Csrf.COOKIE, mine.getCookie(Csrf.COOKIE))
                .redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("_csrf", Browser.csrfToken(theirs))
                .formParam("seenStage", "APPLIED").formParam("to", "CULTURE")
                .post("/applications/" + id + "/moves").then().statusCode(403);
        assertEquals("APPLIED", database.text("select stage from application where id = ?", id));
    }

    @Test
    void theFormFromABoardCardsActionsCarriesAWorkingToken() {
        long opening = Fixtures.openingTae();
        long id = Fixtures.application(Fixtures.candidateJane(), opening);
        String session = session();
        Response board = given().auth().none().cookie(Sessions.COOKIE, session).header("HX-Request", "true")
                .get("/applications/" + id + "/actions");
        given().auth().none().cookie(Sessions.COOKIE, session).cookie(Csrf.COOKIE, board.getCookie(Csrf.COOKIE))
                .redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("_csrf", Browser.csrfToken(board))
                .formParam("seenStage", "APPLIED").formParam("seenStatus", "ACTIVE").formParam("to", "CULTURE")
                .post("/applications/" + id + "/moves").then().statusCode(303);
        assertEquals("CULTURE", database.text("select stage from application where id = ?", id));
    }

    /** Gzipped pages must not repeat one secret beside text an attacker types (BREACH): the token is masked anew. */
    @Test
    void eachPageCarriesTheTokenMaskedDifferentlyAndEveryMaskWorks() {
        long opening = Fixtures.openingTae();
        String session = session();
        Response first = given().auth().none().cookie(Sessions.COOKIE, session).get("/boards/" + opening);
        String cookie = first.getCookie(Csrf.COOKIE);
        Response second = given().auth().none().cookie(Sessions.COOKIE, session).cookie(Csrf.COOKIE, cookie)
                .get("/boards/" + opening);
        String one = Browser.csrfToken(first);
        String other = Browser.csrfToken(second);
        assertNotEquals(one, other, "the same token on two pages");
        for (String token : java.util.List.of(one, other)) {
            long id = Fixtures.application(Fixtures.candidateJane(), opening);
            moveWith(session, cookie, token, id).then().statusCode(303);
            assertEquals("CULTURE", database.text("select stage from application where id = ?", id));
        }
        long untouched = Fixtures.application(Fixtures.candidateJane(), opening);
        String tampered = one.substring(0, one.indexOf('.')) + "." + other.substring(other.indexOf('.') + 1);
        moveWith(session, cookie, tampered, untouched).then().statusCode(403);
        moveWith(session, cookie, "not-a-token.%%%", untouched).then().statusCode(403);
        assertEquals("APPLIED", database.text("select stage from application where id = ?", untouched));
    }

    private static Response moveWith(String session, String cookie, String token, long application) {
        return given().auth().none().cookie(Sessions.COOKIE, session).cookie(Csrf.COOKIE, cookie)
                .redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("_csrf", token)
                .formParam("seenStage", "APPLIED").formParam("seenStatus", "ACTIVE").formParam("to", "CULTURE")
                .post("/applications/" + application + "/moves");
    }

    @Test
    void aRequestFromAnotherSitesPageIsRefusedEvenWithBasicCredentials() {
        long id = Fixtures.janeApplied();
        given().header("Origin", "https://evil.example").contentType("application/json")
                .body(java.util.Map.of("seenStage", "APPLIED", "to", "CULTURE"))
                .post("/api/applications/" + id + "/moves")
                .then().statusCode(403).body("message", equalTo("This request came from another site and was refused."));
        assertEquals(1, database.events(id));
    }

    @Test
    void aPageServedOverHttpsIsAnotherSiteThanThisAppOverHttpOnTheSameHostAndPort() {
        long id = Fixtures.janeApplied();
        given().header("Origin", "https://localhost:" + RestAssured.port).contentType("application/json")
                .body(java.util.Map.of("seenStage", "APPLIED", "to", "CULTURE"))
                .post("/api/applications/" + id + "/moves")
                .then().statusCode(403).body("message", equalTo("This request came from another site and was refused."));
        assertEquals(1, database.events(id));
        assertEquals("APPLIED", database.text("select stage from application where id = ?", id));

        given().header("Origin", "http://localhost:" + RestAssured.port).contentType("application/json")
                .body(java.util.Map.of("seenStage", "APPLIED", "to", "CULTURE"))
                .post("/api/applications/" + id + "/moves").then().statusCode(201);
        assertEquals("CULTURE", database.text("select stage from application where id = ?", id));
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        given().get("/openings").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("X-Frame-Options", "DENY")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin");
    }
}
