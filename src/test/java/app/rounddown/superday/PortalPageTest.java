package app.rounddown.superday;

import static app.rounddown.support.SuperDayFixtures.form;
import static app.rounddown.support.SuperDayFixtures.janeAtSuperDay;
import static app.rounddown.support.SuperDayFixtures.portalLink;
import static app.rounddown.support.SuperDayFixtures.schedule;
import static app.rounddown.support.SuperDayFixtures.task;
import static app.rounddown.support.SuperDayFixtures.usualDay;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rounddown.support.Browser;
import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.Statements;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, item 19: "'Meeting with the hiring manager with Marcus Manager': fix the phrasing. Show the company name, a
 * contact person, the video link of each meeting if one is set on the block (add the field), the fee and tax-form note.
 * The receipt lists what was received (file names and sizes, the links, the first lines of the text), not '1 link(s) ·
 * text'. A chosen file survives a validation error on another field."
 */
@QuarkusTest
class PortalPageTest {
    private static final LocalDateTime NEXT_MONTH = LocalDate.now().plusMonths(1).withDayOfMonth(10).atTime(9, 0);
    private static final byte[] PLAN = "The plan, page one.".getBytes(StandardCharsets.UTF_8);

    @Inject
    Database database;

    @Test
    void theAgendaReadsAsSentencesWithEachMeetingsVideoLinkBesideTheCompanyTheContactTheFeeAndTheTaxForm() {
        Map<String, Object> day = usualDay(janeAtSuperDay(), "America/New_York", NEXT_MONTH, Fixtures.hannah().id(), null);
        day.put("video1", "https://meet.example.com/jane-and-hannah");
        long id = schedule(day);
        assertEquals("https://meet.example.com/jane-and-hannah",
                database.text("select video_link from superday_block where superday_id = ? and position = 1", id));
        String contact = database.text("select u.name from superday d join app_user u on u.id = d.contact_id where d.id = ?", id);
        String contactEmail = database.text("select u.email from superday d join app_user u on u.id = d.contact_id "
                + "where d.id = ?", id);
        given().auth().none().get(portalLink(id)).then().statusCode(200)
                .body(containsString("Your SuperDay with Acme Test Company"))
                .body(containsString("Kick-off with Hannah Hiring"))
                .body(containsString("Meeting with the hiring manager, Hannah Hiring"))
                .body(not(containsString("Meeting with the hiring manager with")))
                .body(containsString("Focus time on the task"))
                .body(containsString("href=\"https://meet.example.com/jane-and-hannah\""))
                .body(containsString("Join the video call"))
                .body(containsString("Your contact at Acme Test Company"))
                .body(containsString(contact)).body(containsString("mailto:" + contactEmail))
                .body(containsString("The day is paid 1,000.00 USD whatever the outcome. If we have to cancel it, you are "
                        + "paid 500.00 USD."))
                .body(containsString("Before we can pay the fee, please send us a completed W-9 form."));
        // Only the block that has one shows a video link.
        String page = given().auth().none().get(portalLink(id)).asString();
        assertEquals(1, count(page, "Join the video call"));
    }

    @Test
    void theVideoLinkIsKeptWhenTheAgendaChangesAndABadOneIsRefusedBesideItsRowWithTheAgendaKept() {
        Map<String, Object> day = usualDay(janeAtSuperDay(), "Europe/London", NEXT_MONTH, Fixtures.hannah().id(), null);
        day.put("video3", "https://meet.example.com/role-play");
        long id = schedule(day);
        String form = given().get("/superdays/" + id + "/agenda/edit").then().statusCode(200).extract().asString();
        assertEquals(1, count(form, "value=\"https://meet.example.com/role-play\""));

        long application = janeAtSuperDay();
        Map<String, Object> bad = usualDay(application, "Europe/London", NEXT_MONTH, Fixtures.hannah().id(), null);
        bad.put("video0", "javascript:alert(1)");
        form().formParams(bad).formParam("confirmWarnings", "yes").post("/superdays").then().statusCode(400)
                .body(containsString("Give the video link as a web address of up to 500 characters, starting with https://."))
                .body(containsString("value=\"javascript:alert(1)\""));
        assertEquals(0, database.count("select count(*) from superday where application_id = ?", application));
    }

    @Test
    void theReceiptListsTheLinksTheFilesWithTheirSizesAndTheFirstLinesOfTheText() {
        String link = portalLink(released());
        candidate(link).multiPart("links", "https://docs.example.com/plan\nhttps://slides.example.com/pitch")
                .multiPart("notes", "Line one.\nLine two.\n\nLine three.\nLine four, left out of the receipt.")
                .multiPart("files", "plan.pdf", PLAN, "application/pdf")
                .post(link + "/submissions").then().statusCode(303);
        given().auth().none().get(link).then().statusCode(200)
                .body(containsString("2 links:"))
                .body(containsString(">https://docs.example.com/plan</a>"))
                .body(containsString(">https://slides.example.com/pitch</a>"))
                .body(containsString("1 file:"))
                .body(containsString("plan.pdf</a> (19 bytes)"))
                .body(containsString("Text, its first lines:"))
                .body(containsString("Line one.\nLine two.\nLine three.</blockquote>"))
                .body(not(containsString("Line four")))
                .body(not(containsString("link(s)")));
    }

    @Test
    void aChosenFileSurvivesARefusalOfAnotherFieldAndIsHandedInWithTheNextTry() {
        long id = released();
        String link = portalLink(id);
        candidate(link).multiPart("links", "my deck on the drive").multiPart("files", "plan.pdf", PLAN, "application/pdf")
                .post(link + "/submissions").then().statusCode(400)
                .body(containsString("is not a web address"))
                .body(containsString(">my deck on the drive</textarea>"))
                .body(containsString("Kept: plan.pdf (19 bytes)"))
                .body(containsString("Files kept from your last try"));
        assertEquals(0, database.count("select count(*) from superday_submission where superday_id = ?", id));
        long kept = database.count("select file_id from superday_kept_file where superday_id = ?", id);

        // Reloading the page still offers it; the next hand-in, with the box still ticked, takes it over.
        given().auth().none().get(link).then().statusCode(200).body(containsString("Kept: plan.pdf (19 bytes)"));
        candidate(link).multiPart("links", "https://drive.example.com/deck").multiPart("kept", String.valueOf(kept))
                .post(link + "/submissions").then().statusCode(303);
        assertEquals(kept, database.count("select f.file_id from superday_submission_file f join superday_submission s "
                + "on s.id = f.submission_id where s.superday_id = ?", id));
        assertEquals(0, database.count("select count(*) from superday_kept_file where superday_id = ?", id));
        String receipt = given().auth().none().get(link).then().statusCode(200).body(containsString("plan.pdf</a> (19 bytes)"))
                .body(not(containsString("Kept: plan.pdf"))).extract().asString();
        Matcher file = Pattern.compile(link + "/files/\\d+").matcher(receipt);
        file.find();
        assertArrayEquals(PLAN, given().auth().none().get(file.group()).then().statusCode(200).extract().asByteArray());
    }

    @Test
    void aKeptFileLeftUntickedIsNotHandedInAndIsDeleted() {
        long id = released();
        String link = portalLink(id);
        candidate(link).multiPart("links", "not a link").multiPart("files", "draft.txt", "old".getBytes(), "text/plain")
                .post(link + "/submissions").then().statusCode(400).body(containsString("Kept: draft.txt"));
        long kept = database.count("select file_id from superday_kept_file where superday_id = ?", id);
        candidate(link).multiPart("notes", "Only the text, in the end.").post(link + "/submissions").then().statusCode(303);
        assertEquals(0, database.count("select count(*) from superday_submission_file f join superday_submission s "
                + "on s.id = f.submission_id where s.superday_id = ?", id));
        assertEquals(0, database.count("select count(*) from stored_file where id = ?", kept));
        assertEquals(0, database.count("select count(*) from superday_kept_file where superday_id = ?", id));
    }

    @Test
    void aFileIsNotKeptWhenItIsTheFileThatWasRefusedAndAKeptIdOfAnotherDayIsIgnored() {
        long other = released();
        String otherLink = portalLink(other);
        candidate(otherLink).multiPart("links", "nope").multiPart("files", "theirs.pdf", PLAN, "application/pdf")
                .post(otherLink + "/submissions").then().statusCode(400);
        long theirs = database.count("select file_id from superday_kept_file where superday_id = ?", other);

        long id = released();
        String link = portalLink(id);
        candidate(link).multiPart("notes", "Six files.").multiPart("files", "1.txt", "1".getBytes(), "text/plain")
                .multiPart("files", "2.txt", "2".getBytes(), "text/plain").multiPart("files", "3.txt", "3".getBytes(), "text/plain")
                .multiPart("files", "4.txt", "4".getBytes(), "text/plain").multiPart("files", "5.txt", "5".getBytes(), "text/plain")
                .multiPart("files", "6.txt", "6".getBytes(), "text/plain")
                .post(link + "/submissions").then().statusCode(400).body(containsString("Attach at most 5 files"))
                .body(not(containsString("Kept:")));
        assertEquals(0, database.count("select count(*) from superday_kept_file where superday_id = ?", id));

        candidate(link).multiPart("notes", "Mine.").multiPart("kept", String.valueOf(theirs))
                .post(link + "/submissions").then().statusCode(303);
        assertEquals(0, database.count("select count(*) from superday_submission_file f join superday_submission s "
                + "on s.id = f.submission_id where s.superday_id = ?", id));
        assertEquals(1, database.count("select count(*) from superday_kept_file where superday_id = ?", other));
    }

    @Test
    void thePortalRunsTheSameStatementsForOneHandInAsForFive() {
        String link = portalLink(released());
        handIn(link, 1);
        long forOne = Statements.during(() -> given().auth().none().get(link).then().statusCode(200));
        for (int i = 2; i <= 5; i++) {
            handIn(link, i);
        }
        long forFive = Statements.during(() -> given().auth().none().get(link).then().statusCode(200));
        assertEquals(forOne, forFive, "statements for one hand-in and for five");
    }

    private void handIn(String link, int n) {
        candidate(link).multiPart("links", "https://docs.example.com/" + n).multiPart("notes", "Try " + n)
                .multiPart("files", n + ".txt", ("file " + n).getBytes(), "text/plain")
                .post(link + "/submissions").then().statusCode(303);
    }

    /** A SuperDay that began an hour ago, so its task is out and the day is not over. */
    private static long released() {
        long task = task(Fixtures.unique("Acme first week"));
        LocalDateTime hourAgo = LocalDateTime.now(ZoneOffset.UTC).minusHours(1).withSecond(0).withNano(0);
        return schedule(usualDay(janeAtSuperDay(), "UTC", hourAgo, Fixtures.hannah().id(), task));
    }

    /** Opens the candidate's page like a browser: its cookie and the token its form carries. */
    private static RequestSpecification candidate(String link) {
        Response page = given().auth().none().get(link);
        return given().auth().none().redirects().follow(false).cookies(page.getCookies())
                .multiPart("_csrf", Browser.csrfToken(page));
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
