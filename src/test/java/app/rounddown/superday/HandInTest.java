package app.rounddown.superday;

import static app.rounddown.support.SuperDayFixtures.janeAtSuperDay;
import static app.rounddown.support.SuperDayFixtures.portalLink;
import static app.rounddown.support.SuperDayFixtures.schedule;
import static app.rounddown.support.SuperDayFixtures.task;
import static app.rounddown.support.SuperDayFixtures.usualDay;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rounddown.support.Browser;
import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The candidate hands in their output through their link, with no account. */
@QuarkusTest
class HandInTest {
    @Inject
    Database database;

    /** A SuperDay that began an hour ago, so its task is out and the day is not over. */
    private static long released() {
        long task = task(Fixtures.unique("Acme first week"));
        LocalDateTime hourAgo = LocalDateTime.now(ZoneOffset.UTC).minusHours(1).withSecond(0).withNano(0);
        return schedule(usualDay(janeAtSuperDay(), "UTC", hourAgo, Fixtures.hannah().id(), task));
    }

    /** Opens the candidate's page like a browser: its cookie and the token its form carries. */
    private static io.restassured.specification.RequestSpecification candidate(String link) {
        Response page = given().auth().none().get(link);
        return given().auth().none().redirects().follow(false).cookies(page.getCookies())
                .multiPart("_csrf", Browser.csrfToken(page));
    }

    @Test
    void aLinkAFileAndTextAreHandedInTimestampedAndShownToReviewersWithTheFile() {
        long id = released();
        String link = portalLink(id);
        byte[] plan = "The plan, page one.".getBytes(StandardCharsets.UTF_8);
        candidate(link).multiPart("links", "https://docs.example.com/plan").multiPart("notes", "I chose the pitch first.")
                .multiPart("files", "plan.pdf", plan, "application/pdf")
                .post(link + "/submissions").then().statusCode(303);
        assertEquals(1, database.count("select count(*) from superday_submission where superday_id = ? and version = 1", id));
        given().auth().none().get(link).then().statusCode(200).body(containsString("Submission 1, received"))
                .body(containsString("plan.pdf"));
        String page = given().get("/superdays/" + id).then().statusCode(200)
                .body(containsString("https://docs.example.com/plan")).body(containsString("On time"))
                .body(containsString("I chose the pitch first.")).extract().asString();
        String file = page.substring(page.indexOf("/superdays/" + id + "/files/"));
        file = file.substring(0, file.indexOf('"'));
        assertArrayEquals(plan, given().get(file).then().statusCode(200).extract().asByteArray());
    }

    @Test
    void aSubmissionAfterTheEndOfTheDayIsAcceptedAndMarkedLate() {
        long id = released();
        String link = portalLink(id);
        database.update("update superday set ends_at = now() - interval '1 hour' where id = ?", id);
        candidate(link).multiPart("notes", "Sorry, a little late.").post(link + "/submissions").then().statusCode(303);
        assertEquals("t", database.text("select late from superday_submission where superday_id = ?", id));
        given().get("/superdays/" + id).then().body(containsString("Late"));
    }

    @Test
    void aFileAboveTwentyMegabytesIsRefusedInWordsAndNothingIsStored() {
        long id = released();
        String link = portalLink(id);
        long filesBefore = database.count("select count(*) from stored_file");
        byte[] large = new byte[21 * 1024 * 1024];
        candidate(link).multiPart("notes", "My notes stay.").multiPart("files", "small.txt", "ok".getBytes(), "text/plain")
                .multiPart("files", "recording.mov", large, "video/quicktime")
                .post(link + "/submissions").then().statusCode(400)
                .body(containsString("“recording.mov” is 21.0 MB; each file can be at most 20 MB. Nothing was saved"))
                .body(containsString("My notes stay."));
        assertEquals(filesBefore, database.count("select count(*) from stored_file"));
        assertEquals(0, database.count("select count(*) from superday_submission where superday_id = ?", id));
    }

    @Test
    void anEmptyHandInOrALinkThatIsNotAWebAddressIsExplained() {
        long id = released();
        String link = portalLink(id);
        candidate(link).post(link + "/submissions").then().statusCode(400)
                .body(containsString("Add a link, some text or a file to hand in."));
        candidate(link).multiPart("links", "javascript:alert(1)").post(link + "/submissions").then().statusCode(400)
                .body(containsString("is not a web address"));
        assertEquals(0, database.count("select count(*) from superday_submission where superday_id = ?", id));
    }

    @Test
    void beforeTheTaskIsReleasedNothingCanBeHandedIn() {
        long id = schedule(usualDay(janeAtSuperDay(), "UTC", LocalDate.now().plusDays(20).atTime(9, 0),
                Fixtures.hannah().id(), task(Fixtures.unique("Acme"))));
        String link = portalLink(id);
        Response page = given().auth().none().get(link);
        given().auth().none().redirects().follow(false).cookies(page.getCookies())
                .multiPart("_csrf", csrfFromCookie(page)).multiPart("notes", "Early")
                .post(link + "/submissions").then().statusCode(400)
                .body(containsString("Submissions open when the task is released at kick-off."));
    }

    /** The page before kick-off has no form, so a hand-crafted post takes the token a form would carry. */
    private static String csrfFromCookie(Response page) {
        String html = given().auth().none().cookies(page.getCookies()).get("/signin").asString();
        int at = html.indexOf("name=\"_csrf\" value=\"") + "name=\"_csrf\" value=\"".length();
        return html.substring(at, html.indexOf('"', at));
    }

    @Test
    void reviewersAssignedToTheSuperDaySeeItAndOtherInterviewersDoNot() {
        long application = janeAtSuperDay();
        long id = schedule(usualDay(application, "UTC", LocalDate.now().plusDays(20).atTime(9, 0), Fixtures.hannah().id(), null));
        Fixtures.Person reviewer = Fixtures.person("Rae Reviewer", "INTERVIEWER");
        Fixtures.Person stranger = Fixtures.person("Olly Other", "INTERVIEWER");
        given().contentType("application/json").body(Map.of("applicationId", application, "stage", "SUPERDAY",
                "interviewerId", reviewer.id(), "startsAt", "2026-01-05T10:00:00Z")).post("/api/assignments").then().statusCode(201);
        reviewer.calls().get("/superdays/" + id).then().statusCode(200).body(containsString("Write your SuperDay scorecard"))
                .body(org.hamcrest.Matchers.not(containsString("/portal/")));
        stranger.calls().get("/superdays/" + id).then().statusCode(403);
        stranger.calls().get("/superdays").then().statusCode(403);
    }
}
