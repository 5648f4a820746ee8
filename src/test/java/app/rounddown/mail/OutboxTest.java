package app.rounddown.mail;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.CalendarFiles;
import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.Forms;
import app.rounddown.support.Smtp;
import app.rounddown.support.Instances;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.TransactionalException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox: messages written with the change, delivered over real SMTP once each, retried, failed, resent. */
@QuarkusTest
class OutboxTest {
    private static final Instant TUESDAY_2PM_NEW_YORK = Instant.parse("2026-11-24T19:00:00Z");

    @Inject
    Delivery delivery;
    @Inject
    Outbox outbox;
    @Inject
    Database database;

    /**
     * Messages earlier test classes queued and never delivered (every assignment now also invites the candidate) are
     * not this class's to send: delivering hundreds of them inside each test made the timing tests slow and flaky.
     */
    @BeforeEach
    void mailServerIsUpAndTheOutboxHoldsOnlyThisTestsMessages() throws Exception {
        Smtp.start();
        database.execute("update outbox set status = 'SENT', sent_at = now() where status = 'QUEUED'");
    }

    @AfterEach
    void mailServerIsUpForWhoeverComesNext() {
        Smtp.start();
    }

    @Test
    void anAssignedInterviewerReceivesAnInvitationWithLinksAndACalendarRequest() throws Exception {
        Fixtures.Person hannah = personIn("Hannah Newyork", "America/New_York");
        long candidate = Fixtures.candidate("Jane Mailtest");
        long application = Fixtures.application(candidate, Fixtures.openingTae());
        long assignment = assign(application, hannah);

        deliverAll(Instant.now());

        List<MimeMessage> received = Smtp.to(hannah.email());
        assertEquals(1, received.size());
        MimeMessage mail = received.get(0);
        assertEquals("Invitation: Culture interview with Jane Mailtest, Tue 24 Nov, 14:00 (America/New_York)",
                mail.getSubject());
        assertEquals("Acme Test Company <hiring@acme.test>", mail.getFrom()[0].toString());
        assertEquals(database.text("select message_id from outbox where to_address = ?", hannah.email()),
                mail.getMessageID());
        Map<String, String> parts = Smtp.parts(mail);
        String text = parts.get("text/plain");
        assertTrue(text.contains("You are interviewing Jane Mailtest for "), text);
        assertTrue(text.contains("When: Tuesday 24 November 2026, 14:00\u201314:45 (America/New_York), 45 minutes"), text);
        String interviewLink = "http://localhost:8080/interviews/" + application + "/CULTURE";
        String candidateLink = "http://localhost:8080/candidates/" + candidate;
        assertTrue(text.contains(interviewLink), text);
        assertTrue(text.contains(candidateLink), text);
        assertTrue(text.contains("Acme Test Company"), text);
        assertTrue(parts.get("text/html").contains("<a href=\"" + interviewLink + "\">"), parts.get("text/html"));
        for (String link : List.of(interviewLink, candidateLink)) {
            hannah.calls().get(link.substring("http://localhost:8080".length())).then().statusCode(200)
                    .body(containsString("Jane Mailtest"));
        }

        Calendar calendar = CalendarFiles.strictlyRead(parts.get("invitation.ics"));
        assertEquals("REQUEST", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
        VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
        assertEquals("interview-" + assignment + "@rounddown", event.getUid().orElseThrow().getValue());
        assertEquals("0", event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertEquals("mailto:hiring@acme.test", event.getProperty(Property.ORGANIZER).orElseThrow().getValue());
        assertEquals("mailto:" + hannah.email(), event.getProperty(Property.ATTENDEE).orElseThrow().getValue());
        assertEquals("SENT 1", database.text("select status || ' ' || attempts from outbox where to_address = ?",
                hannah.email()));
    }

    @Test
    void anInterviewerWhoMayNotOpenTheCandidatesPageGetsNoLinkToIt() throws Exception {
        Fixtures.Person simon = Fixtures.person(Fixtures.unique("Simon Nolink"), "INTERVIEWER");
        long candidate = Fixtures.candidate("Jane Nolink");
        assign(Fixtures.application(candidate, Fixtures.openingTae()), simon);
        deliverAll(Instant.now());
        assertEquals(1, Smtp.to(simon.email()).size(), () -> database.text("select status || ' ' || attempts || ' ' "
                + "|| coalesce(last_error, '') from outbox where to_address = ?", simon.email()));
        String text = Smtp.parts(Smtp.to(simon.email()).get(0)).get("text/plain");
        assertFalse(text.contains("/candidates/"), text);
        assertTrue(text.contains("(Europe/London)"), text);
    }

    @Test
    void nothingIsLostWhileTheMailServerIsDown() throws Exception {
        Fixtures.Person hannah = personIn("Hannah Outage", "Europe/London");
        Smtp.stop();
        assign(Fixtures.application(Fixtures.candidateJane(), Fixtures.openingTae()), hannah);
        Instant now = Instant.now();
        deliverAll(now);
        assertEquals("QUEUED 1 later", database.text("select status || ' ' || attempts || ' ' || case when next_attempt_at "
                + "> now() then 'later' else 'due' end from outbox where to_address = ?", hannah.email()));
        assertNotNull(database.text("select last_error from outbox where to_address = ?", hannah.email()));

        Smtp.start();
        deliverAll(now);
        assertEquals(0, Smtp.to(hannah.email()).size(), "the retry waits its turn");
        deliverAll(now.plus(Duration.ofMinutes(2)));
        deliverAll(now.plus(Duration.ofMinutes(30)));
        assertEquals(1, Smtp.to(hannah.email()).size());
        assertEquals("SENT 2", database.text("select status || ' ' || attempts from outbox where to_address = ?",
                hannah.email()));
    }

    @Test
    void twoDeliveryWorkersAtOnceSendEachMessageOnce() throws Exception {
        List<Fixtures.Person> interviewers = new ArrayList<>();
        long application = Fixtures.application(Fixtures.candidateJane(), Fixtures.openingTae());
        for (int i = 0; i < 12; i++) {
            Fixtures.Person person = Fixtures.person(Fixtures.unique("Worker Interviewer"), "INTERVIEWER");
            interviewers.add(person);
            assign(application, person);
        }
        Instant now = Instant.now();
        Instances.runAtOnce(2, () -> {
            deliverAll(now);
            return null;
        });
        // A send that waits out the mail client's timeout (on a busy machine) is queued for its first retry, as any
        // failed send is; that retry sends it, and a message either worker sent is not due again.
        deliverAll(now.plus(Retries.DELAYS.get(0)).plusSeconds(1));
        for (Fixtures.Person person : interviewers) {
            assertEquals(1, Smtp.to(person.email()).size(), () -> database.text("select status || ' ' || attempts || ' ' "
                    + "|| coalesce(last_error, '') from outbox where to_address = ?", person.email()));
        }
    }

    @Test
    void afterTheLastTryAMessageHasFailedAndResendingQueuesItAgain() throws Exception {
        Fixtures.Person hannah = personIn("Hannah Failing", "Europe/London");
        Smtp.stop();
        assign(Fixtures.application(Fixtures.candidateJane(), Fixtures.openingTae()), hannah);
        Instant at = Instant.now();
        for (int attempt = 1; attempt <= Retries.MAX_ATTEMPTS; attempt++) {
            deliverAll(at);
            at = at.plus(Duration.ofHours(5));
        }
        long id = database.count("select id from outbox where to_address = ?", hannah.email());
        assertEquals("FAILED 6", database.text("select status || ' ' || attempts from outbox where id = ?", id));
        given().get("/outbox?status=FAILED").then().statusCode(200).body(containsString("/outbox/" + id + "\""));
        given().get("/outbox/" + id).then().statusCode(200).body(containsString("Send again"))
                .body(containsString("Failed"));

        Smtp.start();
        String page = Forms.landing(Forms.post().post("/outbox/" + id + "/resends").then().statusCode(303).extract().response());
        assertTrue(page.contains("is queued again"), page);
        assertEquals("QUEUED 0", database.text("select status || ' ' || attempts from outbox where id = ?", id));
        assertEquals(1, database.count("select count(*) from audit_entry where entity_type = 'message' and entity_id = ? "
                + "and action = 'resent'", id));
        deliverAll(Instant.now());
        if (Smtp.to(hannah.email()).isEmpty()) {
            // Now and then the app's mail client waits out its timeout on the first send to the restarted server
            // (seen in CI, 1 run in 5); the message then gets its first retry a minute later, as any failed send does.
            assertEquals("QUEUED 1", database.text("select status || ' ' || attempts from outbox where id = ?", id));
            deliverAll(Instant.now().plus(Retries.DELAYS.get(0)).plusSeconds(1));
        }
        assertEquals(1, Smtp.to(hannah.email()).size());
        assertEquals(Smtp.to(hannah.email()).get(0).getMessageID(),
                database.text("select message_id from outbox where id = ?", id), "the resend keeps its Message-ID");

        Forms.post().post("/outbox/" + id + "/resends").then().statusCode(303);
        assertEquals("SENT", database.text("select status from outbox where id = ?", id), "a sent message is not resent");
    }

    @Test
    void theCandidatesTimelineSaysWhenAMessageToThemWasSent() {
        long candidate = Fixtures.candidate("Jane Timeline");
        String address = "jane-" + UUID.randomUUID() + "@example.com";
        QuarkusTransaction.requiringNew().run(() -> outbox.queue(Letter.toCandidate("test-note", address, "Jane Timeline",
                "Your interview at Acme", "See you on Tuesday.", null, List.of(), candidate, null)));
        given().get("/candidates/" + candidate).then().statusCode(200)
                .body(not(containsString("Sent to the candidate")));
        deliverAll(Instant.now());
        assertEquals(1, Smtp.to(address).size());
        given().get("/candidates/" + candidate).then().statusCode(200)
                .body(containsString("Sent to the candidate: Your interview at Acme"));
    }

    @Test
    void aMessageIsOnlyQueuedInsideTheChangesTransaction() {
        assertThrows(TransactionalException.class, () -> outbox.queue(Letter.internal("test-note", "x@example.com", "X",
                "Subject", "Text", null, List.of(), null, null)));
    }

    @Test
    void theOutboxPagesRefuseBadInputWithAMessage() {
        given().get("/outbox?status=LOST").then().statusCode(200).body(containsString("Choose queued, sent or failed"));
        given().get("/outbox?page=abc").then().statusCode(400);
        given().get("/outbox/999999999").then().statusCode(404);
        given().get("/outbox/abc").then().statusCode(404);
        Forms.post().post("/outbox/999999999/resends").then().statusCode(404);
    }

    @Test
    void theMessageIsShownAsTextAndAsSandboxedHtml() {
        Fixtures.Person hannah = personIn("Hannah Reader", "Europe/London");
        assign(Fixtures.application(Fixtures.candidate("Jane <b>Bold</b>"), Fixtures.openingTae()), hannah);
        long id = database.count("select id from outbox where to_address = ?", hannah.email());
        String page = given().get("/outbox/" + id).then().statusCode(200).extract().asString();
        assertTrue(page.contains("<iframe class=\"message-html\" sandbox=\"\""), page);
        assertTrue(page.contains("Jane &lt;b&gt;Bold&lt;/b&gt;"), "the text part is escaped");
        assertFalse(page.contains("<b>Bold</b>"), "nothing typed becomes markup on the page");
        assertTrue(page.contains("invitation.ics"), page);
        given().get("/outbox?status=QUEUED").then().statusCode(200).body(containsString("/outbox/" + id + "\""));
    }

    private void deliverAll(Instant now) {
        Smtp.deliverAllDue(delivery, now);
    }

    private static long assign(long application, Fixtures.Person interviewer) {
        return ((Number) given().contentType(ContentType.JSON).body(Map.of("applicationId", application, "stage", "CULTURE",
                        "interviewerId", interviewer.id(), "startsAt", TUESDAY_2PM_NEW_YORK.toString(), "durationMinutes", 45))
                .post("/api/assignments").then().statusCode(201).extract().path("id")).longValue();
    }

    /** A hiring manager (who may open candidate pages) whose day is in this zone. */
    private Fixtures.Person personIn(String name, String zone) {
        String email = name.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID().toString().substring(0, 6)
                + "@rounddown.test";
        return new Fixtures.Person(Fixtures.user(name, email, zone, "HIRING_MANAGER"), name, email);
    }
}
