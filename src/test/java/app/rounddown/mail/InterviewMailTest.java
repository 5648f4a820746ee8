package app.rounddown.mail;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.CalendarFiles;
import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.Forms;
import app.rounddown.support.Smtp;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 13, point 1: interview invitations, updates and cancellations, to the interviewer and to the candidate. */
@QuarkusTest
class InterviewMailTest {
    private static final Instant TUESDAY_2PM_NEW_YORK = Instant.parse("2026-11-24T19:00:00Z");
    private static final String SECRET_TAKEAWAY = "Takeaway only the panel may read";
    private static final String SECRET_CONCERN = "Concern only the panel may read";

    @Inject
    Delivery delivery;
    @Inject
    Database database;

    @BeforeEach
    void mailServerIsUp() {
        Smtp.start();
    }

    /**
     * "Optionally (a setting per opening, default on) the candidate gets their own invitation without any internal
     * detail." and "Every message carries the company name, never internal notes or scores (test that the candidate's
     * mails contain no scorecard text)."
     */
    @Test
    void theCandidateGetsTheirOwnInvitationInTheirZoneWithNothingInternal() throws Exception {
        Fixtures.Person ivan = personIn("Ivan Interviewer", "America/New_York");
        String candidateEmail = Fixtures.email();
        long candidate = candidateIn("Dana Tokyo", candidateEmail, "Asia/Tokyo");
        long application = Fixtures.application(candidate, Fixtures.openingTae());
        submitSecretCard(application);
        long assignment = assign(application, ivan, TUESDAY_2PM_NEW_YORK);

        deliverAll();

        List<MimeMessage> received = Smtp.to(candidateEmail);
        assertEquals(2, received.size(), "one for the technical interview whose card is in, one for the culture interview");
        for (MimeMessage any : received) {
            for (String part : Smtp.parts(any).values()) {
                assertFalse(part.contains(SECRET_TAKEAWAY) || part.contains(SECRET_CONCERN), "no scorecard text: " + part);
            }
        }
        MimeMessage mail = received.stream().filter(m -> subject(m).contains("Culture")).findFirst().orElseThrow();
        assertEquals("Your Culture interview with Acme Test Company, Wednesday 25 November 2026, 04:00\u201304:45 "
                + "(Asia/Tokyo)", mail.getSubject());
        Map<String, String> parts = Smtp.parts(mail);
        String text = parts.get("text/plain");
        assertTrue(text.startsWith("Hi Dana,"), text);
        assertTrue(text.contains("When: Wednesday 25 November 2026, 04:00\u201304:45 (Asia/Tokyo)"), text);
        assertTrue(text.contains("With: " + ivan.name()), text);
        assertTrue(text.contains("Acme Test Company"), text);
        assertTrue(parts.get("text/html").contains("Acme Test Company"), parts.get("text/html"));
        for (String part : parts.values()) {
            assertFalse(part.contains("/interviews/"), "no kit or scorecard link: " + part);
            assertFalse(part.contains("/candidates/"), "no link to the candidate's page: " + part);
        }

        Calendar calendar = CalendarFiles.strictlyRead(parts.get("invitation.ics"));
        assertEquals("REQUEST", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
        VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
        assertEquals("interview-" + assignment + "-candidate@rounddown", event.getUid().orElseThrow().getValue());
        assertEquals("0", event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertEquals("mailto:" + candidateEmail, event.getProperty(Property.ATTENDEE).orElseThrow().getValue());
        assertEquals("20261125T040000", event.getProperty(Property.DTSTART).orElseThrow().getValue());
        assertEquals("Asia/Tokyo", event.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow()
                .getValue());
        given().get("/candidates/" + candidate).then().statusCode(200)
                .body(containsString("Sent to the candidate: Your Culture interview with Acme Test Company"));
    }

    /** A panel of two at one time: the candidate has one interview to attend, so one invitation. */
    @Test
    void aPanelOfInterviewersAtOneTimeSendsTheCandidateOneInvitation() throws Exception {
        String candidateEmail = Fixtures.email();
        long application = Fixtures.application(candidateIn("Dana Panel", candidateEmail, "Europe/London"),
                Fixtures.openingTae());
        Fixtures.Person first = Fixtures.person(Fixtures.unique("Panel First"), "INTERVIEWER");
        Fixtures.Person second = Fixtures.person(Fixtures.unique("Panel Second"), "INTERVIEWER");
        assign(application, first, TUESDAY_2PM_NEW_YORK);
        assign(application, second, TUESDAY_2PM_NEW_YORK);
        deliverAll();
        assertEquals(1, Smtp.to(candidateEmail).size());
        assertEquals(1, Smtp.to(first.email()).size());
        assertEquals(1, Smtp.to(second.email()).size());
    }

    /** "moving the time sends an update (same UID, higher SEQUENCE)"; "Times in every mail are in the recipient's own zone". */
    @Test
    void movingTheInterviewOnItsPageSendsBothAnUpdateWithTheSameUidAndAHigherSequence() throws Exception {
        Fixtures.Person ivan = personIn("Ivan Mover", "America/New_York");
        String candidateEmail = Fixtures.email();
        long candidate = candidateIn("Dana Mover", candidateEmail, "Europe/Berlin");
        long application = Fixtures.application(candidate, Fixtures.openingTae());
        long assignment = assign(application, ivan, TUESDAY_2PM_NEW_YORK);
        deliverAll();

        ZoneId mine = ZoneId.of(database.text("select time_zone from app_user where email = 'admin@rounddown.test'"));
        Instant wednesday = Instant.parse("2026-11-25T15:30:00Z");
        String page = Forms.landing(Forms.post().formParam("version", "0")
                .formParam("startsAt", LocalDateTime.ofInstant(wednesday, mine).toString())
                .formParam("durationMinutes", "60").post("/assignments/" + assignment + "/moves")
                .then().statusCode(303).extract().response());
        assertTrue(page.contains("is moved to"), page);
        assertEquals(1, database.count("select count(*) from audit_entry where entity_type = 'assignment' "
                + "and entity_id = ? and action = 'moved'", assignment));
        deliverAll();

        List<MimeMessage> interviewer = Smtp.to(ivan.email());
        assertEquals(2, interviewer.size());
        MimeMessage update = interviewer.get(1);
        assertEquals("New time: Culture interview with Dana Mover, now Wed 25 Nov, 10:30 (America/New_York)",
                update.getSubject());
        Map<String, String> parts = Smtp.parts(update);
        String text = parts.get("text/plain");
        assertTrue(text.contains("Now: Wednesday 25 November 2026, 10:30\u201311:30 (America/New_York), 60 minutes"), text);
        assertTrue(text.contains("Was: Tuesday 24 November 2026, 14:00\u201314:45 (America/New_York)"), text);
        String interviewLink = "http://localhost:8080/interviews/" + application + "/CULTURE";
        assertTrue(text.contains(interviewLink), text);
        assertTrue(text.contains("Acme Test Company"), text);
        ivan.calls().get(interviewLink.substring("http://localhost:8080".length())).then().statusCode(200)
                .body(containsString("Dana Mover"));
        VEvent event = onlyEvent(parts.get("invitation.ics"), "REQUEST");
        assertEquals("interview-" + assignment + "@rounddown", event.getUid().orElseThrow().getValue());
        assertEquals("1", event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertEquals("20261125T103000", event.getProperty(Property.DTSTART).orElseThrow().getValue());

        List<MimeMessage> toCandidate = Smtp.to(candidateEmail);
        assertEquals(2, toCandidate.size());
        assertEquals("New time: Your Culture interview with Acme Test Company, Wednesday 25 November 2026, "
                + "16:30\u201317:30 (Europe/Berlin)", toCandidate.get(1).getSubject());
        Map<String, String> candidateParts = Smtp.parts(toCandidate.get(1));
        assertFalse(candidateParts.get("text/plain").contains("/interviews/"), candidateParts.get("text/plain"));
        VEvent candidateEvent = onlyEvent(candidateParts.get("invitation.ics"), "REQUEST");
        assertEquals("interview-" + assignment + "-candidate@rounddown", candidateEvent.getUid().orElseThrow().getValue());
        assertEquals("1", candidateEvent.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertEquals("20261125T163000", candidateEvent.getProperty(Property.DTSTART).orElseThrow().getValue());
    }

    @Test
    void movingTheInterviewByApiAnswersTheNewVersion() {
        Fixtures.Person ivan = Fixtures.person(Fixtures.unique("Api Mover"), "INTERVIEWER");
        long assignment = assign(Fixtures.janeApplied(), ivan, TUESDAY_2PM_NEW_YORK);
        given().contentType(ContentType.JSON).body(Map.of("version", 0, "startsAt", "2026-11-26T09:00:00Z"))
                .post("/api/assignments/" + assignment + "/moves").then().statusCode(200)
                .body("version", org.hamcrest.Matchers.equalTo(1))
                .body("durationMinutes", org.hamcrest.Matchers.equalTo(45))
                .body("startsAt", containsString("2026-11-26T09:00"));
        given().contentType(ContentType.JSON).body(Map.of("version", 0, "startsAt", "2026-11-27T09:00:00Z"))
                .post("/api/assignments/" + assignment + "/moves").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("version", 1, "startsAt", "Thursday"))
                .post("/api/assignments/" + assignment + "/moves").then().statusCode(400)
                .body(containsString("ISO-8601"));
        assertEquals("2026-11-26 09:00", database.text("select to_char(starts_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI') "
                + "from interview_assignment where id = ?", assignment));
    }

    /** "Bad input: a clear message beside the field (400, typed values kept), never a 500." */
    @Test
    void aMoveWithoutATimeOrWithAStaleVersionIsRefusedBesideTheForm() {
        Fixtures.Person ivan = Fixtures.person(Fixtures.unique("Refused Mover"), "INTERVIEWER");
        long assignment = assign(Fixtures.janeApplied(), ivan, TUESDAY_2PM_NEW_YORK);
        String page = Forms.post().formParam("version", "0").formParam("startsAt", "").formParam("durationMinutes", "77")
                .post("/assignments/" + assignment + "/moves").then().statusCode(400).extract().asString();
        assertTrue(page.contains("id=\"move-starts-" + assignment + "-error\">Give the date and time of the interview."),
                page);
        assertTrue(page.contains("value=\"77\""), "the typed length is kept");
        Forms.post().formParam("version", "0").formParam("startsAt", "2026-11-25T09:00").formParam("durationMinutes", "4")
                .post("/assignments/" + assignment + "/moves").then().statusCode(400)
                .body(containsString("Use a length from 5 to 600 minutes."));
        String stale = Forms.post().formParam("version", "7").formParam("startsAt", "2026-11-25T09:00")
                .post("/assignments/" + assignment + "/moves").then().statusCode(409).extract().asString();
        assertTrue(stale.contains("Someone changed this interview after you opened the page"), stale);
        assertTrue(stale.contains("value=\"2026-11-25T09:00\""), "the typed time is kept");
        assertEquals(0, database.count("select calendar_sequence from interview_assignment where id = ?", assignment));
        Forms.post().formParam("version", "0").formParam("startsAt", "2026-11-25T09:00")
                .post("/assignments/999999999/moves").then().statusCode(404);
    }

    /** "removing or excusing sends a cancellation (METHOD:CANCEL)"; the candidate's interview stands. */
    @Test
    void excusingTheInterviewerSendsThemACancellationAndTheCandidateNothing() throws Exception {
        Fixtures.Person ivan = personIn("Ivan Excused", "Europe/Paris");
        String candidateEmail = Fixtures.email();
        long application = Fixtures.application(candidateIn("Dana Stays", candidateEmail, "Europe/London"),
                Fixtures.openingTae());
        long assignment = assign(application, ivan, TUESDAY_2PM_NEW_YORK);
        deliverAll();
        Forms.post().formParam("reason", "Out sick; Paolo takes it").post("/assignments/" + assignment + "/excusal")
                .then().statusCode(303);
        deliverAll();

        List<MimeMessage> received = Smtp.to(ivan.email());
        assertEquals(2, received.size());
        MimeMessage cancellation = received.get(1);
        assertEquals("Cancelled: Culture interview with Dana Stays, Tue 24 Nov, 20:00 (Europe/Paris)",
                cancellation.getSubject());
        Map<String, String> parts = Smtp.parts(cancellation);
        assertTrue(parts.get("text/plain").contains("is cancelled for you"), parts.get("text/plain"));
        assertTrue(parts.get("text/plain").contains("Reason given: Out sick; Paolo takes it"), parts.get("text/plain"));
        assertTrue(parts.get("text/plain").contains("Acme Test Company"), parts.get("text/plain"));
        VEvent event = onlyEvent(parts.get("cancellation.ics"), "CANCEL");
        assertEquals("interview-" + assignment + "@rounddown", event.getUid().orElseThrow().getValue());
        assertEquals("1", event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertEquals("CANCELLED", event.getProperty(Property.STATUS).orElseThrow().getValue());
        assertEquals(1, Smtp.to(candidateEmail).size(), "the candidate keeps their interview");

        Forms.post().formParam("version", "1").formParam("startsAt", "2026-11-25T09:00")
                .post("/assignments/" + assignment + "/moves").then().statusCode(400)
                .body(containsString("is excused from this interview"));
    }

    /** "a setting per opening, default on": a recruiter turns it off on the opening's form. */
    @Test
    void anOpeningThatDoesNotInviteCandidatesSendsThemNothing() throws Exception {
        long opening = Fixtures.openingTae();
        String form = given().get("/openings/" + opening + "/edit").then().statusCode(200).extract().asString();
        assertTrue(form.contains("name=\"candidateInvitations\" value=\"true\"") && form.contains(" checked>"
                + " Send candidates their interview invitations"), form);
        Map<String, Object> now = given().get("/api/openings/" + opening).then().statusCode(200)
                .body("candidateInvitations", org.hamcrest.Matchers.equalTo(true)).extract().as(Map.class);
        Forms.post().formParam("title", now.get("title")).formParam("roleType", now.get("roleType"))
                .formParam("hiringManagerId", now.get("hiringManagerId")).formParam("status", "OPEN")
                .formParam("version", now.get("version")).formParam("candidateInvitationsShown", "yes")
                .post("/openings/" + opening).then().statusCode(303);
        given().get("/api/openings/" + opening).then().body("candidateInvitations", org.hamcrest.Matchers.equalTo(false));

        String candidateEmail = Fixtures.email();
        Fixtures.Person ivan = Fixtures.person(Fixtures.unique("Quiet Opening"), "INTERVIEWER");
        assign(Fixtures.application(candidateIn("Dana Quiet", candidateEmail, "Europe/London"), opening), ivan,
                TUESDAY_2PM_NEW_YORK);
        deliverAll();
        assertEquals(0, Smtp.to(candidateEmail).size());
        assertEquals(1, Smtp.to(ivan.email()).size(), "the interviewer is invited all the same");
    }

    /** "Candidates without an e-mail address get no mail and the page says so." */
    @Test
    void aCandidateWithoutAnAddressGetsNoInvitationAndThePageSaysSo() {
        long candidate = candidateIn("Dana Noaddress", Fixtures.email(), "Europe/London");
        long application = Fixtures.application(candidate, Fixtures.openingTae());
        String address = database.text("select email from candidate where id = ?", candidate);
        database.update("update candidate set email = '' where id = ?", candidate);
        try {
            Fixtures.Person ivan = Fixtures.person(Fixtures.unique("Noaddress Interviewer"), "INTERVIEWER");
            String page = Forms.landing(Forms.post().formParam("applicationId", application).formParam("stage", "CULTURE")
                    .formParam("interviewerId", ivan.id()).formParam("startsAt", "2026-11-25T09:00")
                    .post("/assignments").then().statusCode(303).extract().response());
            assertTrue(page.contains("Dana Noaddress has no e-mail address, so no invitation was sent to them."), page);
            assertEquals(0, database.count("select count(*) from outbox where candidate_id = ? and to_candidate",
                    candidate));
            assertEquals(1, database.count("select count(*) from outbox where to_address = ?", ivan.email()));
        } finally {
            database.update("update candidate set email = ? where id = ?", address, candidate);
        }
    }

    private void submitSecretCard(long application) {
        Fixtures.Person panel = Fixtures.person(Fixtures.unique("Secret Keeper"), "INTERVIEWER");
        given().contentType(ContentType.JSON).body(Map.of("applicationId", application, "stage", "TECHNICAL",
                "interviewerId", panel.id(), "startsAt", "2026-11-20T10:00:00Z")).post("/api/assignments")
                .then().statusCode(201);
        panel.calls().contentType(ContentType.JSON).body(Map.of("overall", 4, "takeaways", SECRET_TAKEAWAY,
                        "mildConcerns", SECRET_CONCERN, "ratings", Map.of()))
                .post("/api/scorecards/" + application + "/TECHNICAL/submission").then().statusCode(201);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static VEvent onlyEvent(String ics, String method) throws Exception {
        Calendar calendar = CalendarFiles.strictlyRead(ics);
        assertEquals(method, calendar.getProperty(Property.METHOD).orElseThrow().getValue());
        return calendar.<VEvent>getComponents("VEVENT").get(0);
    }

    private void deliverAll() {
        Smtp.deliverAllDue(delivery, Instant.now());
    }

    static long assign(long application, Fixtures.Person interviewer, Instant at) {
        return ((Number) given().contentType(ContentType.JSON).body(Map.of("applicationId", application, "stage", "CULTURE",
                        "interviewerId", interviewer.id(), "startsAt", at.toString(), "durationMinutes", 45))
                .post("/api/assignments").then().statusCode(201).extract().path("id")).longValue();
    }

    static long candidateIn(String name, String email, String zone) {
        return ((Number) given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "email", email, "timeZone", zone,
                        "source", "INBOUND"))
                .post("/api/candidates").then().statusCode(201).extract().path("id")).longValue();
    }

    /** A hiring manager (who may open candidate pages) whose day is in this zone. */
    private Fixtures.Person personIn(String name, String zone) {
        Fixtures.Person person = Fixtures.person(Fixtures.unique(name), "HIRING_MANAGER");
        database.update("update app_user set time_zone = ? where id = ?", zone, person.id());
        return new Fixtures.Person(person.id(), person.name(), person.email());
    }
}
