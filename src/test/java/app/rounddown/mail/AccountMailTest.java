package app.rounddown.mail;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.people.Csrf;
import app.rounddown.people.Sessions;
import app.rounddown.support.Browser;
import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.Forms;
import app.rounddown.support.From;
import app.rounddown.support.SignIn;
import app.rounddown.support.Smtp;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 13, point 7: accounts get a one-time link to set their password, by invitation or after a forgotten one. */
@QuarkusTest
class AccountMailTest {
    private static final Pattern LINK = Pattern.compile("https?://\\S+(/password-links/[A-Za-z0-9_-]+)");

    @Inject
    Delivery delivery;
    @Inject
    Database database;

    @BeforeEach
    void mailServerIsUp() {
        Smtp.start();
    }

    @Test
    void aNewAccountIsEmailedALinkThatSetsThePasswordOnceAndSignsThemIn() throws Exception {
        // "An admin creating a user no longer types their password: the user gets a one-time
        // 'set your password' link (72 h)."
        String email = "nora.new-" + Fixtures.email();
        Forms.post().formParam("name", "Nora New").formParam("email", email).formParam("timeZone", "America/New_York")
                .formParam("roles", "RECRUITER").post("/users").then().statusCode(303);
        deliverAll();

        MimeMessage mail = only(email);
        assertEquals("Your Rounddown account at Acme Test Company: set your password", mail.getSubject());
        Map<String, String> parts = Smtp.parts(mail);
        String text = parts.get("text/plain");
        assertTrue(text.contains("Hello Nora New,"), text);
        assertTrue(text.contains("for 72 hours: until "), text);
        assertTrue(text.contains("(America/New_York)"), "the expiry is in the recipient's own zone, named: " + text);
        assertTrue(text.contains("Acme Test Company"), text);
        String path = link(text);
        assertTrue(parts.get("text/html").contains(path), "the HTML part carries the same link");
        String token = path.substring(path.lastIndexOf('/') + 1);
        assertEquals(0, database.count("select count(*) from password_link where token_hash = ?", token),
                "only a hash of the link's secret is stored");
        assertEquals(0, database.count("select count(*) from audit_entry where summary like ? or changes::text like ?",
                "%" + token + "%", "%" + token + "%"), "the secret is in no audit entry");

        Response page = given().auth().none().get(path);
        assertEquals(200, page.statusCode());
        assertTrue(page.asString().contains("For Nora New (" + email + ")"));
        post(path, page, "too short").then().statusCode(400).body(containsString("Use at least 12 characters"));
        Response set = post(path, given().auth().none().get(path), "nora's own long password");
        assertEquals(303, set.statusCode(), set.asString());
        String session = set.getCookie(Sessions.COOKIE);
        assertNotNull(session, "setting the password signs them in");
        given().auth().none().cookie(Sessions.COOKIE, session).get("/openings").then().statusCode(200);
        SignIn.throughTheForm(email, "nora's own long password").then().statusCode(303);

        given().auth().none().get(path).then().statusCode(410).body(containsString("This link no longer works"));
        post(path, given().auth().none().get("/password-resets/new"), "another long password").then().statusCode(410);
        SignIn.throughTheForm(email, "another long password").then().statusCode(400);
    }

    @Test
    void anExpiredLinkNoLongerWorks() throws Exception {
        String email = "late.larry-" + Fixtures.email();
        Forms.post().formParam("name", "Late Larry").formParam("email", email).formParam("timeZone", "UTC")
                .formParam("roles", "INTERVIEWER").post("/users").then().statusCode(303);
        deliverAll();
        String path = link(Smtp.parts(only(email)).get("text/plain"));
        database.update("update password_link set expires_at = now() - interval '1 minute' where user_id = "
                + "(select id from app_user where email = ?)", email);
        given().auth().none().get(path).then().statusCode(410).body(containsString("Ask for a new one"));
    }

    @Test
    void anAdminSendsANewLinkAndTheOldOneStopsWorking() throws Exception {
        String email = "resent.rosa-" + Fixtures.email();
        Forms.post().formParam("name", "Resent Rosa").formParam("email", email).formParam("timeZone", "UTC")
                .formParam("roles", "INTERVIEWER").post("/users").then().statusCode(303);
        long id = database.count("select id from app_user where email = ?", email);
        String page = Forms.landing(Forms.post().post("/users/" + id + "/password-links").then().statusCode(303)
                .extract().response());
        assertTrue(page.contains("A new link to set a password has been e-mailed to " + email), page);
        deliverAll();
        List<MimeMessage> received = Smtp.to(email);
        assertEquals(2, received.size());
        String first = link(Smtp.parts(received.get(0)).get("text/plain"));
        String second = link(Smtp.parts(received.get(1)).get("text/plain"));
        given().auth().none().get(first).then().statusCode(410);
        given().auth().none().get(second).then().statusCode(200);
    }

    @Test
    void forgottenPasswordsGetTheSameAnswerForKnownAndUnknownAddressesAndOnlyActiveAccountsGetALink() throws Exception {
        // "'Forgot your password?' on the sign-in page sends a reset link; the page says the same thing for known and
        // unknown addresses, and requests are rate-limited."
        Fixtures.Person forgetful = Fixtures.person("Forgetful Fran", "RECRUITER");
        Fixtures.Person gone = Fixtures.person("Gone Gary", "RECRUITER");
        Forms.post().post("/users/" + gone.id() + "/deactivation").then().statusCode(303);
        given().auth().none().get("/signin").then().statusCode(200).body(containsString("href=\"/password-resets/new\""));
        String known = ask("127.0.0.71", forgetful.email());
        String unknown = ask("127.0.0.71", "nobody-" + Fixtures.email());
        String deactivated = ask("127.0.0.71", gone.email());
        assertEquals(answer(known), answer(unknown));
        assertEquals(answer(known), answer(deactivated));
        deliverAll();

        MimeMessage mail = only(forgetful.email());
        assertEquals("Set a new Rounddown password (Acme Test Company)", mail.getSubject());
        String text = Smtp.parts(mail).get("text/plain");
        assertTrue(text.contains("for 2 hours: until "), text);
        assertTrue(text.contains("(Europe/London)"), text);
        assertTrue(Smtp.to(gone.email()).isEmpty(), "a deactivated account gets no link");

        String path = link(text);
        Response page = given().auth().none().get(path);
        post(path, page, "fran remembered now").then().statusCode(303);
        SignIn.throughTheForm(forgetful.email(), "fran remembered now").then().statusCode(303);
        SignIn.throughTheForm(forgetful.email(), Fixtures.PASSWORD).then().statusCode(400);
    }

    @Test
    void requestsBeyondTheLimitGetTheSameAnswerAndSendNothing() throws Exception {
        Fixtures.Person flooded = Fixtures.person("Flooded Flo", "RECRUITER");
        String first = ask("127.0.0.72", flooded.email());
        for (int i = 0; i < 5; i++) {
            assertEquals(answer(first), answer(ask("127.0.0.72", flooded.email())));
        }
        deliverAll();
        assertEquals(3, Smtp.to(flooded.email()).size(), "three requests an hour for one address");
        // From one client address, for other addresses: ten an hour, then nothing.
        for (int i = 0; i < 12; i++) {
            ask("127.0.0.73", "someone-" + i + "-" + Fixtures.email());
        }
        Fixtures.Person next = Fixtures.person("Next Ned", "RECRUITER");
        assertEquals(answer(first), answer(ask("127.0.0.73", next.email())));
        deliverAll();
        assertTrue(Smtp.to(next.email()).isEmpty(), "the client address had used up its requests");
    }

    private String ask(String address, String email) {
        Response page = From.address(address).auth().none().get("/password-resets/new");
        Response answer = From.address(address).auth().none().cookie(Csrf.COOKIE, page.getCookie(Csrf.COOKIE))
                .contentType("application/x-www-form-urlencoded").formParam("_csrf", Browser.csrfToken(page))
                .formParam("email", email).post("/password-resets");
        assertEquals(200, answer.statusCode(), answer.asString());
        return answer.asString();
    }

    private static String answer(String page) {
        int at = page.indexOf("role=\"status\">");
        return page.substring(at, page.indexOf("</p>", at));
    }

    private static Response post(String path, Response page, String password) {
        return given().auth().none().redirects().follow(false).cookie(Csrf.COOKIE, page.getCookie(Csrf.COOKIE))
                .contentType("application/x-www-form-urlencoded").formParam("_csrf", Browser.csrfToken(page))
                .formParam("password", password).post(path);
    }

    private static MimeMessage only(String email) {
        List<MimeMessage> received = Smtp.to(email);
        assertEquals(1, received.size(), "messages to " + email);
        return received.get(0);
    }

    private static String link(String text) {
        Matcher found = LINK.matcher(text);
        assertTrue(found.find(), text);
        String path = found.group(1);
        assertFalse(path.isEmpty());
        return path;
    }

    private void deliverAll() {
        Smtp.deliverAllDue(delivery, Instant.now());
    }
}
