package app.rounddown.mail;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.Forms;
import app.rounddown.support.Smtp;
import app.rounddown.support.Instances;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, point 2: "An interviewer whose card is not in one hour after the interview ended gets a reminder with the
 * link; then one daily digest of everything overdue (not one mail per card). Users choose immediate reminders or the
 * daily digest on their profile."
 */
@QuarkusTest
class ScorecardRemindersTest {
    /** Monday 10 February 2031, 09:00 in New York; a 45-minute interview ends 14:45 UTC. */
    private static final Instant MONDAY_9AM_NEW_YORK = Instant.parse("2031-02-10T14:00:00Z");

    @Inject
    ScorecardReminders reminders;
    @Inject
    Delivery delivery;
    @Inject
    Database database;

    @BeforeEach
    void mailServerIsUp() {
        Smtp.start();
    }

    @Test
    void anHourAfterTheInterviewEndedTheInterviewerIsRemindedOnceWithTheLink() throws Exception {
        Fixtures.Person ivan = interviewerIn("Ivan Late", "America/New_York");
        long candidate = InterviewMailTest.candidateIn("Dana Reminded", Fixtures.email(), "Europe/London");
        long application = Fixtures.application(candidate, Fixtures.openingTae());
        InterviewMailTest.assign(application, ivan, MONDAY_9AM_NEW_YORK);

        reminders.remindDue(Instant.parse("2031-02-10T15:44:00Z"));
        assertEquals(0, sent(ivan, ScorecardReminders.REMINDER), "not yet an hour after the end");
        reminders.remindDue(Instant.parse("2031-02-10T15:45:00Z"));
        reminders.remindDue(Instant.parse("2031-02-10T16:45:00Z"));
        assertEquals(1, sent(ivan, ScorecardReminders.REMINDER));
        deliverAll();

        List<MimeMessage> received = Smtp.to(ivan.email());
        MimeMessage reminder = received.get(received.size() - 1);
        assertEquals("Scorecard missing: Culture interview with Dana Reminded", reminder.getSubject());
        String text = Smtp.parts(reminder).get("text/plain");
        assertTrue(text.contains("The interview was Monday 10 February 2031, 09:00\u201309:45 (America/New_York)."), text);
        assertTrue(text.contains("Acme Test Company"), text);
        String link = "http://localhost:8080/interviews/" + application + "/CULTURE";
        assertTrue(text.contains(link), text);
        assertTrue(Smtp.parts(reminder).get("text/html").contains("<a href=\"" + link + "\">"));
        ivan.calls().get(link.substring("http://localhost:8080".length())).then().statusCode(200)
                .body(containsString("Dana Reminded"));
    }

    @Test
    void thenOneDigestADayAtEightTheirTimeListsEveryCardStillMissing() throws Exception {
        Fixtures.Person ivan = interviewerIn("Ivan Digest", "America/New_York");
        long first = Fixtures.application(InterviewMailTest.candidateIn("Dana First", Fixtures.email(), "Europe/London"),
                Fixtures.openingTae());
        long second = Fixtures.application(InterviewMailTest.candidateIn("Dana Second", Fixtures.email(), "Europe/London"),
                Fixtures.openingTae());
        InterviewMailTest.assign(first, ivan, MONDAY_9AM_NEW_YORK);
        InterviewMailTest.assign(second, ivan, MONDAY_9AM_NEW_YORK.plusSeconds(3600));
        reminders.remindDue(Instant.parse("2031-02-10T18:00:00Z"));
        assertEquals(2, sent(ivan, ScorecardReminders.REMINDER));

        reminders.remindDue(Instant.parse("2031-02-11T12:59:00Z"));
        assertEquals(0, sent(ivan, ScorecardReminders.DIGEST), "07:59 in New York");
        reminders.remindDue(Instant.parse("2031-02-11T13:00:00Z"));
        reminders.remindDue(Instant.parse("2031-02-11T23:00:00Z"));
        assertEquals(1, sent(ivan, ScorecardReminders.DIGEST), "once on Tuesday");
        deliverAll();
        MimeMessage digest = Smtp.to(ivan.email()).get(Smtp.to(ivan.email()).size() - 1);
        assertEquals("2 scorecards still missing", digest.getSubject());
        String text = Smtp.parts(digest).get("text/plain");
        assertTrue(text.contains("- Culture interview with Dana First (")
                && text.contains("Monday 10 February 2031, 09:00\u201309:45 (America/New_York)"), text);
        assertTrue(text.contains("http://localhost:8080/interviews/" + first + "/CULTURE"), text);
        assertTrue(text.contains("http://localhost:8080/interviews/" + second + "/CULTURE"), text);
        assertTrue(text.contains("Acme Test Company"), text);

        ivan.calls().contentType(ContentType.JSON).body(Map.of("overall", 3, "takeaways", "Clear and specific.",
                "ratings", Map.of())).post("/api/scorecards/" + first + "/CULTURE/submission").then().statusCode(201);
        reminders.remindDue(Instant.parse("2031-02-12T13:00:00Z"));
        assertEquals(2, sent(ivan, ScorecardReminders.DIGEST), "again on Wednesday");
        deliverAll();
        MimeMessage wednesday = Smtp.to(ivan.email()).get(Smtp.to(ivan.email()).size() - 1);
        assertEquals("1 scorecard still missing", wednesday.getSubject());
        String rest = Smtp.parts(wednesday).get("text/plain");
        assertTrue(rest.contains("/interviews/" + second + "/") && !rest.contains("/interviews/" + first + "/"), rest);
    }

    @Test
    void someoneWhoChoseTheDigestOnTheirProfileGetsNoReminderPerCard() throws Exception {
        Fixtures.Person ivan = interviewerIn("Ivan Digestonly", "Europe/London");
        String profile = ivan.calls().get("/profile").then().statusCode(200).extract().asString();
        assertTrue(profile.contains("value=\"IMMEDIATE\" checked"), profile);
        Forms.postAs(ivan).formParam("scorecardReminders", "SOMETIMES").post("/profile/reminders").then().statusCode(400)
                .body(containsString("Choose how you want to be reminded of late scorecards."));
        String page = Forms.landing(Forms.postAs(ivan).formParam("scorecardReminders", "DAILY_DIGEST")
                .post("/profile/reminders").then().statusCode(303).extract().response());
        assertTrue(page.contains("Scorecard reminders: only the daily digest of late cards."), page);
        assertEquals("DAILY_DIGEST", database.text("select scorecard_reminders from app_user where id = ?", ivan.id()));

        long application = Fixtures.application(InterviewMailTest.candidateIn("Dana Digestonly", Fixtures.email(),
                "Europe/London"), Fixtures.openingTae());
        InterviewMailTest.assign(application, ivan, MONDAY_9AM_NEW_YORK);
        reminders.remindDue(Instant.parse("2031-02-10T20:00:00Z"));
        assertEquals(0, sent(ivan, ScorecardReminders.REMINDER));
        reminders.remindDue(Instant.parse("2031-02-11T08:00:00Z"));
        assertEquals(1, sent(ivan, ScorecardReminders.DIGEST));
        deliverAll();
        assertEquals("1 scorecard still missing", Smtp.to(ivan.email()).get(Smtp.to(ivan.email()).size() - 1).getSubject());
    }

    /** The reminder follows the interview: moved to a later time, its card is reminded of again an hour after the new end. */
    @Test
    void anInterviewMovedAfterItsReminderIsRemindedOfAgainAfterItsNewTime() {
        Fixtures.Person ivan = interviewerIn("Ivan Moved", "Europe/London");
        long assignment = InterviewMailTest.assign(Fixtures.janeApplied(), ivan, MONDAY_9AM_NEW_YORK);
        reminders.remindDue(Instant.parse("2031-02-10T16:00:00Z"));
        given().contentType(ContentType.JSON).body(Map.of("version", 0, "startsAt", "2031-02-10T17:00:00Z"))
                .post("/api/assignments/" + assignment + "/moves").then().statusCode(200);
        reminders.remindDue(Instant.parse("2031-02-10T18:44:00Z"));
        assertEquals(1, sent(ivan, ScorecardReminders.REMINDER));
        reminders.remindDue(Instant.parse("2031-02-10T18:45:00Z"));
        assertEquals(2, sent(ivan, ScorecardReminders.REMINDER));
    }

    /** "Excused/cancelled assignments and cards already submitted are never reminded", nor demo data. */
    @Test
    void excusedInterviewersSubmittedCardsAndDemoDataAreNeverReminded() {
        Fixtures.Person ivan = interviewerIn("Ivan Excused", "Europe/London");
        long excused = InterviewMailTest.assign(Fixtures.janeApplied(), ivan, MONDAY_9AM_NEW_YORK);
        Forms.post().formParam("reason", "Not needed").post("/assignments/" + excused + "/excusal").then().statusCode(303);
        long submitted = Fixtures.janeApplied();
        InterviewMailTest.assign(submitted, ivan, MONDAY_9AM_NEW_YORK);
        ivan.calls().contentType(ContentType.JSON).body(Map.of("overall", 2, "takeaways", "Stayed general.",
                "ratings", Map.of())).post("/api/scorecards/" + submitted + "/CULTURE/submission").then().statusCode(201);
        long demo = InterviewMailTest.assign(Fixtures.janeApplied(), ivan, MONDAY_9AM_NEW_YORK);
        database.update("update interview_assignment set reminders_off = true where id = ?", demo);

        reminders.remindDue(Instant.parse("2031-02-13T09:00:00Z"));
        reminders.remindDue(Instant.parse("2031-02-14T09:00:00Z"));
        assertEquals(0, sent(ivan, ScorecardReminders.REMINDER) + sent(ivan, ScorecardReminders.DIGEST));
    }

    /** "Jobs must be safe on several instances at once": two workers at once send every reminder and digest once. */
    @Test
    void twoInstancesAtOnceSendEachReminderAndDigestOnce() throws Exception {
        List<Fixtures.Person> interviewers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Fixtures.Person person = interviewerIn("Twin Worker", "Europe/London");
            interviewers.add(person);
            InterviewMailTest.assign(Fixtures.janeApplied(), person, Instant.parse("2031-03-03T10:00:00Z"));
        }
        together(Instant.parse("2031-03-03T12:00:00Z"));
        together(Instant.parse("2031-03-04T09:00:00Z"));
        for (Fixtures.Person person : interviewers) {
            assertEquals(1, sent(person, ScorecardReminders.REMINDER));
            assertEquals(1, sent(person, ScorecardReminders.DIGEST));
        }
    }

    private void together(Instant now) throws Exception {
        Instances.runAtOnce(2, () -> reminders.remindDue(now));
    }

    private long sent(Fixtures.Person person, String kind) {
        return database.count("select count(*) from outbox where to_address = ? and kind = ?", person.email(), kind);
    }

    private void deliverAll() {
        Smtp.deliverAllDue(delivery, Instant.now());
    }

    private Fixtures.Person interviewerIn(String name, String zone) {
        Fixtures.Person person = Fixtures.person(Fixtures.unique(name), "INTERVIEWER");
        database.update("update app_user set time_zone = ? where id = ?", zone, person.id());
        return person;
    }
}
