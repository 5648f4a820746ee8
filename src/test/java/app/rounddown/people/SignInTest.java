package app.rounddown.people;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.Browser;
import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.From;
import app.rounddown.support.SignIn;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SignInTest {
    @Inject
    Database database;
    @Inject
    PasswordChecks checks;

    /** A browser: fetches the sign-in page for its anti-forgery cookie and token, then posts the form. */
    static Response signIn(String email, String password) {
        return SignIn.throughTheForm(email, password);
    }

    @Test
    void aRightPasswordGivesAnOpaqueHttpOnlySessionCookieThatOpensPages() {
        Fixtures.Person rita = Fixtures.rita();
        Response response = signIn(rita.email().toUpperCase(), Fixtures.PASSWORD);
        assertEquals(303, response.statusCode());
        assertTrue(response.getHeader("Location").endsWith("/openings"));
        String setCookie = response.getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(Sessions.COOKIE + "=")).findFirst().orElseThrow();
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
        assertTrue(!setCookie.contains(String.valueOf(rita.id()) + "|"), "the cookie is not readable: " + setCookie);

        given().auth().none().cookie(Sessions.COOKIE, response.getCookie(Sessions.COOKIE)).get("/openings")
                .then().statusCode(200).body(containsString("Rita Recruiter"));
    }

    @Test
    void aTamperedCookieIsTreatedAsSignedOut() {
        given().auth().none().redirects().follow(false).cookie(Sessions.COOKIE, "bm90LWEtcmVhbC1zZXNzaW9u")
                .get("/openings").then().statusCode(303).header("Location", containsString("/signin"));
    }

    @Test
    void aWrongEmailAndAWrongPasswordGetTheSameMessage() {
        String unknown = signIn("nobody-" + Fixtures.email(), Fixtures.PASSWORD).then().statusCode(400).extract().asString();
        String wrong = signIn(Fixtures.rita().email(), "not the password!").then().statusCode(400).extract().asString();
        assertTrue(unknown.contains(SignIns.WRONG_MESSAGE));
        assertTrue(wrong.contains(SignIns.WRONG_MESSAGE));
    }

    /** Finding 3: ten wrong passwords from anywhere used to lock the owner out for fifteen minutes. */
    @Test
    void guessesFromOneAddressSlowThatAddressButTheOwnerElsewhereStillSignsIn() {
        Fixtures.Person owner = Fixtures.person("Guessed At", "RECRUITER");
        String attacker = "127.0.0.21";
        try {
            for (int i = 0; i < 12; i++) {
                SignIn.fromAddress(attacker, owner.email(), "wrong password " + i);
            }
            Response refused = SignIn.fromAddress(attacker, owner.email(), Fixtures.PASSWORD);
            assertEquals(429, refused.statusCode(), "the guessing address waits, even with the right password");
            assertTrue(Integer.parseInt(refused.getHeader("Retry-After")) >= 1, refused.getHeader("Retry-After"));
            assertTrue(refused.asString().contains("Too many failed sign-ins from this device or network. Wait"),
                    refused.asString());
            assertTrue(refused.asString().contains("Your account is not locked"), refused.asString());

            SignIn.fromAddress("127.0.0.22", owner.email(), Fixtures.PASSWORD).then().statusCode(303);
            signIn(owner.email(), Fixtures.PASSWORD).then().statusCode(303);
        } finally {
            database.update("delete from sign_in_failure where address = ?", attacker);
        }
    }

    @Test
    void anAddressMayMistypeThreeTimesAndThenWaitsSayingHowLong() {
        Fixtures.Person typo = Fixtures.person("Typo Prone", "RECRUITER");
        String laptop = "127.0.0.23";
        try {
            for (int i = 0; i < 3; i++) {
                SignIn.fromAddress(laptop, typo.email(), "mistyped " + i).then().statusCode(400);
            }
            // Three more at this moment, as if typed quickly: six failures mean eight seconds to wait.
            for (int i = 0; i < 3; i++) {
                database.update("insert into sign_in_failure (email, address, failed_at) values (?, ?, now())",
                        typo.email(), laptop);
            }
            Response waiting = SignIn.fromAddress(laptop, typo.email(), Fixtures.PASSWORD);
            assertEquals(429, waiting.statusCode());
            int seconds = Integer.parseInt(waiting.getHeader("Retry-After"));
            assertTrue(seconds >= 1 && seconds <= 8, "Retry-After " + seconds);
            assertTrue(waiting.asString().contains("Wait " + seconds + " second"), waiting.asString());
        } finally {
            database.update("delete from sign_in_failure where address = ?", laptop);
        }
    }

    @Test
    void anXForwardedForHeaderDoesNotEscapeTheThrottleUnlessAProxyIsConfigured() {
        Fixtures.Person target = Fixtures.person("Forwarded Target", "RECRUITER");
        String attacker = "127.0.0.24";
        try {
            for (int i = 0; i < 6; i++) {
                String pretended = "203.0.113." + i;
                SignIn.using(() -> From.address(attacker).header("X-Forwarded-For", pretended), target.email(), "guess " + i);
            }
            SignIn.using(() -> From.address(attacker).header("X-Forwarded-For", "203.0.113.99"), target.email(), "guess")
                    .then().statusCode(429);
            assertEquals(0, database.count("select count(*) from sign_in_failure where address like '203.0.113.%'"),
                    "failures are counted against the connection's address, not the header's");
        } finally {
            database.update("delete from sign_in_failure where address = ?", attacker);
        }
    }

    @Test
    void aDeactivatedUserCannotSignInButKeepsTheirNameOnHistory() {
        Fixtures.Person leaver = Fixtures.person("Leaving Recruiter", "RECRUITER");
        String session = signIn(leaver.email(), Fixtures.PASSWORD).getCookie(Sessions.COOKIE);
        long id = Fixtures.janeApplied();
        leaver.calls().contentType("application/json").body(java.util.Map.of("seenStage", "APPLIED", "to", "CULTURE"))
                .post("/api/applications/" + id + "/moves").then().statusCode(201);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .post("/users/" + leaver.id() + "/deactivation").then().statusCode(303);

        signIn(leaver.email(), Fixtures.PASSWORD).then().statusCode(400).body(containsString(SignIns.WRONG_MESSAGE));
        leaver.calls().get("/api/openings").then().statusCode(401);
        given().auth().none().redirects().follow(false).cookie(Sessions.COOKIE, session).get("/openings")
                .then().statusCode(303);
        given().get("/api/applications/" + id + "/events").then().body("[0].actor", equalTo("Leaving Recruiter"));
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .post("/users/" + leaver.id() + "/activation").then().statusCode(303);

        // Finding 2: reactivating the account used to bring the old cookie back to life.
        given().auth().none().redirects().follow(false).cookie(Sessions.COOKIE, session).get("/openings")
                .then().statusCode(303).header("Location", containsString("/signin"));
        leaver.calls().get("/api/openings").then().statusCode(401);
    }

    @Test
    void signingOutEndsTheSessionSoACopiedCookieOpensNothing() {
        String session = signIn(Fixtures.rita().email(), Fixtures.PASSWORD).getCookie(Sessions.COOKIE);
        Response profile = given().auth().none().cookie(Sessions.COOKIE, session).get("/profile");
        Response out = given().auth().none().redirects().follow(false).cookie(Sessions.COOKIE, session)
                .cookie(Csrf.COOKIE, profile.getCookie(Csrf.COOKIE)).contentType("application/x-www-form-urlencoded")
                .formParam("_csrf", Browser.csrfToken(profile)).post("/signout");
        assertEquals(303, out.statusCode(), out.asString());
        assertTrue(out.getHeaders().getValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith(Sessions.COOKIE + "=;") && c.contains("Max-Age=0")), out.getHeaders().toString());

        // Finding 2: a copy of the cookie kept working after sign-out, for reads and writes.
        given().auth().none().redirects().follow(false).cookie(Sessions.COOKIE, session).get("/openings")
                .then().statusCode(303).header("Location", containsString("/signin"));
        given().auth().none().redirects().follow(false).cookie(Sessions.COOKIE, session)
                .cookie(Csrf.COOKIE, profile.getCookie(Csrf.COOKIE)).contentType("application/x-www-form-urlencoded")
                .formParam("_csrf", Browser.csrfToken(profile)).formParam("name", "Not Rita").formParam("timeZone", "UTC")
                .post("/profile").then().statusCode(303).header("Location", containsString("/signin"));
        assertEquals(0, database.count("select count(*) from app_user where name = 'Not Rita'"));
    }

    @Test
    void theApiTakesNoPasswordsAndSaysToUseAToken() {
        given().auth().preemptive().basic(Fixtures.rita().email(), Fixtures.PASSWORD).get("/api/openings")
                .then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"))
                .body("message", containsString("does not take passwords on the API"));
    }

    @Test
    void parallelGuessesAreAnsweredAtOnceAndNeverRunMoreChecksThanTheLimit() throws Exception {
        Fixtures.Person target = Fixtures.person("Parallel Target", "RECRUITER");
        String attacker = "127.0.0.25";
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> guesses = new java.util.ArrayList<>();
            for (int i = 0; i < 36; i++) {
                String guess = "guess number " + i;
                guesses.add(pool.submit(() -> SignIn.fromAddress(attacker, target.email(), guess).statusCode()));
            }
            for (var guess : guesses) {
                int status = guess.get();
                assertTrue(status == 400 || status == 429, "a guess got " + status);
            }
        } finally {
            pool.shutdownNow();
            database.update("delete from sign_in_failure where address = ?", attacker);
        }
        assertTrue(checks.mostAtOnce() <= checks.limit(), checks.mostAtOnce() + " checks at once");
    }

    @Test
    void anAdminsPasswordResetLiftsTheWait() {
        Fixtures.Person forgetful = Fixtures.person("Forgetful Recruiter", "RECRUITER");
        String desk = "127.0.0.26";
        try {
            for (int i = 0; i < 6; i++) {
                SignIn.fromAddress(desk, forgetful.email(), "not it " + i);
            }
            SignIn.fromAddress(desk, forgetful.email(), Fixtures.PASSWORD).then().statusCode(429);
            given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                    .formParam("password", "a fresh password for you").post("/users/" + forgetful.id() + "/password")
                    .then().statusCode(303);
            SignIn.fromAddress(desk, forgetful.email(), "a fresh password for you").then().statusCode(303);
        } finally {
            database.update("delete from sign_in_failure where address = ?", desk);
        }
    }

    @Test
    void changingThePasswordEndsOtherSessionsButKeepsThisOne() {
        Fixtures.Person mover = Fixtures.person("Session Mover", "RECRUITER");
        String laptop = signIn(mover.email(), Fixtures.PASSWORD).getCookie(Sessions.COOKIE);
        String phone = signIn(mover.email(), Fixtures.PASSWORD).getCookie(Sessions.COOKIE);
        Response profile = given().auth().none().cookie(Sessions.COOKIE, laptop).get("/profile");
        Response changed = given().auth().none().redirects().follow(false).cookie(Sessions.COOKIE, laptop)
                .cookie(Csrf.COOKIE, profile.getCookie(Csrf.COOKIE)).contentType("application/x-www-form-urlencoded")
                .formParam("_csrf", Browser.csrfToken(profile))
                .formParam("currentPassword", Fixtures.PASSWORD).formParam("newPassword", "my new long password")
                .formParam("confirmPassword", "my new long password").post("/profile/password");
        assertEquals(303, changed.statusCode(), changed.asString());
        given().auth().none().redirects().follow(false).cookie(Sessions.COOKIE, phone).get("/openings")
                .then().statusCode(303).header("Location", containsString("/signin"));
        given().auth().none().cookie(Sessions.COOKIE, laptop).get("/openings").then().statusCode(200);
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
