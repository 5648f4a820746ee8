package app.rounddown.people;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.Browser;
import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.SignIn;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SignInTest {
    @Inject
    Database database;

    /** A browser: fetches the sign-in page for its anti-forgery cookie and token, then posts the form. */
    static Response signIn(String email, String password) {
        return SignIn.throughTheForm(email, password);
    }

    @Test
    void aRightPasswordGivesAnEncryptedHttpOnlySessionCookieThatOpensPages() {
        Fixtures.Person rita = Fixtures.rita();
        Response response = signIn(rita.email().toUpperCase(), Fixtures.PASSWORD);
        assertEquals(303, response.statusCode());
        assertTrue(response.getHeader("Location").endsWith("/openings"));
        String setCookie = response.getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(Session.COOKIE + "=")).findFirst().orElseThrow();
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
        assertTrue(!setCookie.contains(String.valueOf(rita.id()) + "|"), "the cookie is not readable: " + setCookie);

        given().auth().none().cookie(Session.COOKIE, response.getCookie(Session.COOKIE)).get("/openings")
                .then().statusCode(200).body(containsString("Rita Recruiter"));
    }

    @Test
    void aTamperedCookieIsTreatedAsSignedOut() {
        given().auth().none().redirects().follow(false).cookie(Session.COOKIE, "bm90LWEtcmVhbC1zZXNzaW9u")
                .get("/openings").then().statusCode(303).header("Location", containsString("/signin"));
    }

    @Test
    void aWrongEmailAndAWrongPasswordGetTheSameMessage() {
        String unknown = signIn("nobody-" + Fixtures.email(), Fixtures.PASSWORD).then().statusCode(400).extract().asString();
        String wrong = signIn(Fixtures.rita().email(), "not the password!").then().statusCode(400).extract().asString();
        assertTrue(unknown.contains(SignIns.WRONG_MESSAGE));
        assertTrue(wrong.contains(SignIns.WRONG_MESSAGE));
    }

    @Test
    void afterTenFailuresTheAccountIsLockedForAWhileEvenWithTheRightPassword() {
        Fixtures.Person victim = Fixtures.person("Locked Out", "RECRUITER");
        for (int i = 0; i < SignIns.MAX_FAILURES; i++) {
            signIn(victim.email(), "wrong password " + i).then().statusCode(400);
        }
        signIn(victim.email(), Fixtures.PASSWORD).then().statusCode(429)
                .body(containsString("Too many failed sign-ins for this account. Try again in"));
        victim.calls().get("/api/openings").then().statusCode(401)
                .body("message", containsString("Too many failed sign-ins"));
        assertEquals(SignIns.MAX_FAILURES,
                database.count("select count(*) from sign_in_failure where lower(email) = lower(?)", victim.email()));
    }

    @Test
    void aDeactivatedUserCannotSignInButKeepsTheirNameOnHistory() {
        Fixtures.Person leaver = Fixtures.person("Leaving Recruiter", "RECRUITER");
        long id = Fixtures.janeApplied();
        leaver.calls().contentType("application/json").body(java.util.Map.of("seenStage", "APPLIED", "to", "CULTURE"))
                .post("/api/applications/" + id + "/moves").then().statusCode(201);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .post("/users/" + leaver.id() + "/deactivation").then().statusCode(303);

        signIn(leaver.email(), Fixtures.PASSWORD).then().statusCode(400).body(containsString(SignIns.WRONG_MESSAGE));
        leaver.calls().get("/api/openings").then().statusCode(401);
        given().get("/api/applications/" + id + "/events").then().body("[0].actor", equalTo("Leaving Recruiter"));
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .post("/users/" + leaver.id() + "/activation").then().statusCode(303);
    }

    @Test
    void signingOutClearsTheSessionCookie() {
        String session = signIn(Fixtures.rita().email(), Fixtures.PASSWORD).getCookie(Session.COOKIE);
        Response profile = given().auth().none().cookie(Session.COOKIE, session).get("/profile");
        Response out = given().auth().none().redirects().follow(false).cookie(Session.COOKIE, session)
                .cookie(Csrf.COOKIE, profile.getCookie(Csrf.COOKIE)).contentType("application/x-www-form-urlencoded")
                .formParam("_csrf", Browser.csrfToken(profile)).post("/signout");
        assertEquals(303, out.statusCode(), out.asString());
        assertTrue(out.getHeaders().getValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith(Session.COOKIE + "=;") && c.contains("Max-Age=0")), out.getHeaders().toString());
    }

    @Test
    void anApiCallWithAWrongPasswordIs401WithAChallenge() {
        given().auth().preemptive().basic(Fixtures.rita().email(), "wrong").get("/api/openings")
                .then().statusCode(401).header("WWW-Authenticate", containsString("Basic"))
                .body("message", equalTo(SignIns.WRONG_MESSAGE));
    }

    @Test
    void parallelGuessesCannotGetPastTheLimit() throws Exception {
        Fixtures.Person target = Fixtures.person("Parallel Target", "RECRUITER");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> guesses = new java.util.ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String guess = "guess number " + i;
                guesses.add(pool.submit(() -> given().auth().preemptive().basic(target.email(), guess)
                        .get("/api/openings").statusCode()));
            }
            for (var guess : guesses) {
                assertEquals(401, guess.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(SignIns.MAX_FAILURES,
                database.count("select count(*) from sign_in_failure where lower(email) = lower(?)", target.email()));
    }

    @Test
    void anAdminsPasswordResetLiftsALockOut() {
        Fixtures.Person forgetful = Fixtures.person("Forgetful Recruiter", "RECRUITER");
        for (int i = 0; i < SignIns.MAX_FAILURES; i++) {
            signIn(forgetful.email(), "not it " + i);
        }
        signIn(forgetful.email(), Fixtures.PASSWORD).then().statusCode(429);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("password", "a fresh password for you").post("/users/" + forgetful.id() + "/password")
                .then().statusCode(303);
        signIn(forgetful.email(), "a fresh password for you").then().statusCode(303);
    }

    @Test
    void changingThePasswordEndsOtherSessionsButKeepsThisOne() {
        Fixtures.Person mover = Fixtures.person("Session Mover", "RECRUITER");
        String laptop = signIn(mover.email(), Fixtures.PASSWORD).getCookie(Session.COOKIE);
        String phone = signIn(mover.email(), Fixtures.PASSWORD).getCookie(Session.COOKIE);
        Response profile = given().auth().none().cookie(Session.COOKIE, laptop).get("/profile");
        Response changed = given().auth().none().redirects().follow(false).cookie(Session.COOKIE, laptop)
                .cookie(Csrf.COOKIE, profile.getCookie(Csrf.COOKIE)).contentType("application/x-www-form-urlencoded")
                .formParam("_csrf", Browser.csrfToken(profile))
                .formParam("currentPassword", Fixtures.PASSWORD).formParam("newPassword", "my new long password")
                .formParam("confirmPassword", "my new long password").post("/profile/password");
        assertEquals(303, changed.statusCode(), changed.asString());
        given().auth().none().redirects().follow(false).cookie(Session.COOKIE, phone).get("/openings")
                .then().statusCode(303).header("Location", containsString("/signin"));
        given().auth().none().cookie(Session.COOKIE, changed.getCookie(Session.COOKIE)).get("/openings")
                .then().statusCode(200);
    }

    @Test
    void anOddNextAddressAfterSignInLandsOnTheStartPage() {
        Response page = given().auth().none().get("/signin");
        given().auth().none().redirects().follow(false).cookie(Csrf.COOKIE, page.getCookie(Csrf.COOKIE))
                .contentType("application/x-www-form-urlencoded").formParam("_csrf", Browser.csrfToken(page))
                .formParam("email", Fixtures.rita().email()).formParam("password", Fixtures.PASSWORD)
                .formParam("next", "/a b|%zz").post("/signin")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/"));
    }
}
