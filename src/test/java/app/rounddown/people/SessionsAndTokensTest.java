package app.rounddown.people;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.ApiTokensForTests;
import app.rounddown.support.Browser;
import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.SignIn;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Sessions that can be ended, and personal API tokens for scripts. */
@QuarkusTest
class SessionsAndTokensTest {
    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";

    @Inject
    Database database;

    private static String signedIn(Fixtures.Person person) {
        return SignIn.using(() -> given().header("User-Agent", FIREFOX), person.email(), Fixtures.PASSWORD)
                .getCookie(Sessions.COOKIE);
    }

    /** Posts a form of the profile page as the browser with this session cookie. */
    private static Response post(String session, String path, Map<String, String> fields) {
        Response page = given().auth().none().cookie(Sessions.COOKIE, session).get("/profile");
        return given().auth().none().redirects().follow(false).cookie(Sessions.COOKIE, session)
                .cookie(Csrf.COOKIE, page.getCookie(Csrf.COOKIE)).contentType("application/x-www-form-urlencoded")
                .formParam("_csrf", Browser.csrfToken(page)).formParams(fields).post(path);
    }

    private static boolean opens(String session) {
        return given().auth().none().redirects().follow(false).cookie(Sessions.COOKIE, session).get("/openings")
                .statusCode() == 200;
    }

    @Test
    void theProfileListsWhereYouAreSignedInAndSignOutEverywhereEndsThemAll() {
        Fixtures.Person rover = Fixtures.person("Roving Recruiter", "RECRUITER");
        String laptop = signedIn(rover);
        String phone = signedIn(rover);
        given().auth().none().cookie(Sessions.COOKIE, laptop).get("/profile").then().statusCode(200)
                .body(containsString("Firefox on Linux")).body(containsString("(this browser)"))
                .body(containsString("127.0.0.1"));

        Response out = post(laptop, "/profile/sessions/end-all", Map.of());
        assertEquals(303, out.statusCode(), out.asString());
        assertTrue(out.getHeader("Location").endsWith("/signin"));
        assertFalse(opens(laptop));
        assertFalse(opens(phone));
    }

    @Test
    void oneOtherSessionCanBeEndedFromTheProfile() {
        Fixtures.Person person = Fixtures.person("Two Browsers", "RECRUITER");
        String laptop = signedIn(person);
        String phone = signedIn(person);
        long phoneId = database.count("select id from user_session where user_id = ? order by id desc limit 1", person.id());
        post(laptop, "/profile/sessions/" + phoneId + "/end", Map.of()).then().statusCode(303);
        assertFalse(opens(phone));
        assertTrue(opens(laptop));
        Fixtures.Person other = Fixtures.person("Someone Else", "RECRUITER");
        String theirs = signedIn(other);
        long theirId = database.count("select id from user_session where user_id = ? order by id desc limit 1", other.id());
        post(laptop, "/profile/sessions/" + theirId + "/end", Map.of()).then().statusCode(303);
        assertTrue(opens(theirs), "nobody ends someone else's session from their own profile");
    }

    @Test
    void anAdminSignsSomeoneOutOfEveryBrowser() {
        Fixtures.Person lost = Fixtures.person("Lost Laptop", "INTERVIEWER");
        String session = signedIn(lost);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .post("/users/" + lost.id() + "/sessions/end").then().statusCode(303);
        assertFalse(opens(session));
        assertEquals(1, database.count("select count(*) from audit_entry where entity_type = 'user' and entity_id = ? "
                + "and action = 'signed-out'", lost.id()));
    }

    @Test
    void aSessionIdleForTooLongOrTooOldOpensNothing() {
        Fixtures.Person person = Fixtures.person("Idle Person", "RECRUITER");
        String idle = signedIn(person);
        database.update("update user_session set last_seen_at = now() - interval '31 minutes' where id = "
                + "(select max(id) from user_session where user_id = ?)", person.id());
        assertFalse(opens(idle));
        String old = signedIn(person);
        database.update("update user_session set created_at = now() - interval '13 hours' where id = "
                + "(select max(id) from user_session where user_id = ?)", person.id());
        assertFalse(opens(old));
    }

    @Test
    void aSessionNotesWhenItWasLastSeenAtMostOnceAMinute() {
        Fixtures.Person person = Fixtures.person("Seen Person", "RECRUITER");
        String session = signedIn(person);
        database.update("update user_session set last_seen_at = now() - interval '5 minutes' where user_id = ?", person.id());
        assertTrue(opens(session));
        assertEquals(0, database.count("select count(*) from user_session where user_id = ? "
                + "and last_seen_at < now() - interval '1 minute'", person.id()));
    }

    @Test
    void aTokenMadeOnTheProfileIsShownOnceWorksAsBearerAndStopsWhenRevoked() {
        Fixtures.Person scripter = Fixtures.person("Script Writer", "RECRUITER");
        String session = signedIn(scripter);
        Response made = post(session, "/profile/tokens", Map.of("tokenName", "Nightly export", "days", "30"));
        assertEquals(200, made.statusCode(), made.asString());
        assertEquals("no-store", made.getHeader("Cache-Control"));
        Matcher shown = Pattern.compile("id=\"new-token\"[^>]*value=\"(rdt_[^\"]+)\"").matcher(made.asString());
        assertTrue(shown.find(), "the new token is on the page");
        String token = shown.group(1);
        assertEquals(0, database.count("select count(*) from api_token where secret_hash = ?", token),
                "only a hash of the token is stored");

        given().auth().oauth2(token).get("/api/openings").then().statusCode(200);
        given().auth().none().cookie(Sessions.COOKIE, session).get("/profile").then().statusCode(200)
                .body(not(containsString(token))).body(containsString("Nightly export"))
                .body(containsString(token.substring(0, 10)));
        assertEquals(1, database.count("select count(*) from api_token where user_id = ? and last_used_at is not null",
                scripter.id()));

        long id = database.count("select id from api_token where user_id = ? and name = 'Nightly export'", scripter.id());
        post(session, "/profile/tokens/" + id + "/revocation", Map.of()).then().statusCode(303);
        given().auth().oauth2(token).get("/api/openings").then().statusCode(401)
                .body("message", containsString("expired or been revoked"));
    }

    @Test
    void aTokenNeedsANameAndAnOfferedLifetime() {
        String session = signedIn(Fixtures.person("Careless Scripter", "RECRUITER"));
        post(session, "/profile/tokens", Map.of("tokenName", "", "days", "30")).then().statusCode(400)
                .body(containsString("Name the token after the script that will use it."));
        post(session, "/profile/tokens", Map.of("tokenName", "Forever", "days", "100000")).then().statusCode(400)
                .body(containsString("Choose how long the token lasts"));
    }

    @Test
    void aReadOnlyTokenReadsButCannotWrite() {
        Fixtures.Person reader = Fixtures.person("Report Reader", "RECRUITER");
        String token = ApiTokensForTests.make(reader.email(), true);
        given().auth().oauth2(token).get("/api/candidates").then().statusCode(200);
        given().auth().oauth2(token).contentType("application/json").body(Map.of("name", "Nobody", "email",
                        Fixtures.email())).post("/api/candidates").then().statusCode(403)
                .body("message", containsString("read-only"));
    }

    @Test
    void anExpiredTokenIsRefused() {
        Fixtures.Person person = Fixtures.person("Expired Scripter", "RECRUITER");
        String token = ApiTokensForTests.make(person.email(), false);
        given().auth().oauth2(token).get("/api/openings").then().statusCode(200);
        database.update("update api_token set expires_at = now() - interval '1 second' where user_id = ?", person.id());
        given().auth().oauth2(token).get("/api/openings").then().statusCode(401);
        given().auth().oauth2("rdt_made-up").get("/api/openings").then().statusCode(401);
    }
}
