package app.rounddown.mail;

import static app.rounddown.support.SuperDayFixtures.atSuperDay;
import static app.rounddown.support.SuperDayFixtures.portalLink;
import static app.rounddown.support.SuperDayFixtures.schedule;
import static app.rounddown.support.SuperDayFixtures.usualDay;
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
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 13, point 3: "Scheduling sends the candidate the portal link, the agenda in their zone, ..." */
@QuarkusTest
class SuperDayMailTest {
    /** Thursday 14 January 2027, 09:00 in New York: 14:00 in London, 15:00 in Berlin. */
    private static final LocalDateTime NINE_IN_NEW_YORK = LocalDateTime.of(2027, 1, 14, 9, 0);
    /** What the interviews before the SuperDay wrote on their scorecards (support/TestData). */
    private static final String SCORECARD_TEXT = "A definite yes.";

    @Inject
    Delivery delivery;
    @Inject
    Database database;

    @BeforeEach
    void mailServerIsUp() {
        Smtp.start();
    }

    /**
     * "Scheduling sends the candidate the portal link, the agenda in their zone, the fee and cancellation fee, the
     * tax-form note, a contact person and a calendar file."
     */
    @Test
    void schedulingSendsTheCandidateTheirLinkTheAgendaInTheirZoneTheFeesTheTaxFormAContactAndACalendarFile()
            throws Exception {
        Day day = scheduled("Jane Invited");
        deliverAll();

        MimeMessage mail = only(day.candidateEmail());
        assertEquals("Your SuperDay with Acme Test Company on Thursday 14 January 2027", mail.getSubject());
        Map<String, String> parts = Smtp.parts(mail);
        String text = parts.get("text/plain");
        assertTrue(text.contains("Hi Jane,"), text);
        assertTrue(text.contains("Date: Thursday 14 January 2027 (times in America/New_York)"), text);
        assertTrue(text.contains("09:00\u201309:15  Kick-off"), text);
        assertTrue(text.contains("16:40\u201317:00  Short chats with the team"), text);
        assertTrue(text.contains("The day is paid: 1,000.00 USD. If we cancel the day, you receive 500.00 USD."), text);
        assertTrue(text.contains("please send us a completed W-9 form"), "a candidate in New York is asked for a W-9: " + text);
        String contact = database.text("select u.name || ' (' || u.email || ')' from superday s join app_user u "
                + "on u.id = s.contact_id where s.id = ?", day.id());
        assertTrue(text.contains("Questions before or during the day go to " + contact + "."), text);
        assertTrue(text.contains("Acme Test Company"), text);
        assertFalse(text.contains(SCORECARD_TEXT) || parts.get("text/html").contains(SCORECARD_TEXT),
                "a candidate's mail holds no scorecard text");

        String link = link(text, "/portal/");
        assertEquals(portalLink(day.id()), link, "the link is the one the recruiter's page shows");
        assertTrue(parts.get("text/html").contains("<a href=\"http://localhost:8080" + link + "\">"), parts.get("text/html"));
        given().auth().none().get(link).then().statusCode(200).body(containsString("Kick-off"));

        Calendar calendar = CalendarFiles.strictlyRead(parts.get("superday.ics"));
        assertEquals("REQUEST", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
        VEvent event = onlyEvent(calendar);
        assertEquals("superday-" + day.id() + "-candidate@rounddown", event.getUid().orElseThrow().getValue());
        assertEquals("0", event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertEquals("mailto:" + day.candidateEmail(), event.getProperty(Property.ATTENDEE).orElseThrow().getValue());
        assertEquals(Instant.parse("2027-01-14T14:00:00Z"), start(event), "the whole day, from kick-off");
        assertEquals("America/New_York", event.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID")
                .orElseThrow().getValue(), "in the candidate's zone");
        assertEquals(Instant.parse("2027-01-14T22:00:00Z"), ZonedDateTime.from(event.<Temporal>getEndDate()
                .orElseThrow().getDate()).toInstant());
        assertEquals(1, database.count("select count(*) from outbox where to_address = ? and to_candidate",
                day.candidateEmail()), "the candidate's timeline shows it once sent");
        given().get("/superdays/" + day.id()).then().statusCode(200)
                .body(containsString("The candidate's e-mails name " + contact + " as their contact."));
    }

    /** "every participant gets their own blocks as calendar requests" */
    @Test
    void eachParticipantGetsTheirOwnBlocksInTheirOwnZoneAsCalendarRequestsWithALinkToTheSuperDay() throws Exception {
        Day day = scheduled("Jane Panel");
        deliverAll();

        MimeMessage mail = only(day.manager().email());
        assertEquals("Invitation: SuperDay of " + day.candidateName() + ", Thu 14 Jan (Europe/London)", mail.getSubject());
        Map<String, String> parts = Smtp.parts(mail);
        String text = parts.get("text/plain");
        assertTrue(text.contains("Your part, in Europe/London:"), text);
        assertTrue(text.contains("14:00\u201314:15  Kick-off"), text);
        assertTrue(text.contains("14:15\u201314:35  Meeting with the hiring manager"), text);
        assertFalse(text.contains("Focus time"), "focus time is the candidate's alone: " + text);
        String link = link(text, "/superdays/");
        assertEquals("/superdays/" + day.id(), link);
        day.manager().calls().get(link).then().statusCode(200).body(containsString(day.candidateName()));

        Calendar calendar = CalendarFiles.strictlyRead(parts.get("superday.ics"));
        assertEquals("REQUEST", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
        assertEquals(List.of(uid(day, 0), uid(day, 1), uid(day, 3), uid(day, 5)), uids(calendar));
        VEvent kickOff = calendar.<VEvent>getComponents("VEVENT").get(0);
        assertEquals(Instant.parse("2027-01-14T14:00:00Z"), start(kickOff));
        assertEquals("20270114T140000", kickOff.getProperty(Property.DTSTART).orElseThrow().getValue(),
                "in the participant's zone");
        assertEquals("mailto:" + day.manager().email(), kickOff.getProperty(Property.ATTENDEE).orElseThrow().getValue());
    }

    /** "Rescheduling sends updates" (same UIDs, higher SEQUENCE; a block a participant no longer has is cancelled). */
    @Test
    void reschedulingSendsUpdatesWithTheSameUidsAndCancelsABlockAParticipantNoLongerHas() throws Exception {
        Day day = scheduled("Jane Moved");
        deliverAll();
        Map<String, Object> later = usualDay(day.applicationId(), "America/New_York", NINE_IN_NEW_YORK.plusHours(1),
                day.manager().id(), null);
        later.remove("people5");
        Fixtures.Person added = Fixtures.person(Fixtures.unique("Pia Added"), "RECRUITER");
        later.put("people3", List.of(day.manager().id(), added.id()));
        later.put("version", database.count("select version from superday where id = ?", day.id()));
        String page = Forms.landing(Forms.post().formParams(later).formParam("confirmWarnings", "yes")
                .post("/superdays/" + day.id() + "/agenda").then().statusCode(303).extract().response());
        assertTrue(page.contains("Agenda saved. Whoever it changes for, the candidate or a participant, is e-mailed an "
                + "update."), page);
        deliverAll();

        MimeMessage update = Smtp.to(day.candidateEmail()).get(1);
        assertEquals("Updated: Your SuperDay with Acme Test Company on Thursday 14 January 2027", update.getSubject());
        Map<String, String> parts = Smtp.parts(update);
        assertTrue(parts.get("text/plain").contains("10:00\u201310:15  Kick-off"), parts.get("text/plain"));
        assertFalse(parts.get("text/plain").contains(SCORECARD_TEXT));
        VEvent whole = onlyEvent(CalendarFiles.strictlyRead(parts.get("superday.ics")));
        assertEquals("superday-" + day.id() + "-candidate@rounddown", whole.getUid().orElseThrow().getValue());
        assertEquals("1", whole.getProperty(Property.SEQUENCE).orElseThrow().getValue());

        MimeMessage changed = Smtp.to(day.manager().email()).get(1);
        assertTrue(changed.getSubject().startsWith("Updated: SuperDay of " + day.candidateName()), changed.getSubject());
        Map<String, String> files = Smtp.parts(changed);
        Calendar request = CalendarFiles.strictlyRead(files.get("superday.ics"));
        assertEquals(List.of(uid(day, 0), uid(day, 1), uid(day, 3)), uids(request));
        assertEquals("1", request.<VEvent>getComponents("VEVENT").get(0).getProperty(Property.SEQUENCE).orElseThrow()
                .getValue());
        Calendar cancel = CalendarFiles.strictlyRead(files.get("cancelled.ics"));
        assertEquals("CANCEL", cancel.getProperty(Property.METHOD).orElseThrow().getValue());
        assertEquals(List.of(uid(day, 5)), uids(cancel));
        assertTrue(files.get("text/plain").contains("No longer on your calendar"), files.get("text/plain"));

        MimeMessage invited = only(added.email());
        assertTrue(invited.getSubject().startsWith("Invitation: SuperDay of " + day.candidateName()), invited.getSubject());
        Calendar theirs = CalendarFiles.strictlyRead(Smtp.parts(invited).get("superday.ics"));
        assertEquals(List.of("superday-" + day.id() + "-block-3-user-" + added.id() + "@rounddown"), uids(theirs));
    }

    /** "cancelling sends cancellations and tells the candidate about the cancellation fee" */
    @Test
    void cancellingByTheCompanyCancelsEveryonesEventsAndTellsTheCandidateTheFeeButNotTheReason() throws Exception {
        Day day = scheduled("Jane Cancelled");
        deliverAll();
        String page = Forms.landing(Forms.post().formParam("version", database.count("select version from superday "
                        + "where id = ?", day.id())).formParam("reason", "Internal: the hiring manager is away")
                .formParam("cancelledBy", "company").post("/superdays/" + day.id() + "/cancellation").then()
                .statusCode(303).extract().response());
        assertTrue(page.contains("The cancellation is e-mailed to " + day.candidateName() + "."), page);
        deliverAll();

        MimeMessage mail = Smtp.to(day.candidateEmail()).get(1);
        assertEquals("Cancelled: your SuperDay with Acme Test Company on Thursday 14 January 2027", mail.getSubject());
        Map<String, String> parts = Smtp.parts(mail);
        String text = parts.get("text/plain");
        assertTrue(text.contains("we pay you the cancellation fee of 500.00 USD"), text);
        assertFalse(text.contains("the hiring manager is away") || parts.get("text/html").contains("hiring manager is away"),
                "the reason given is an internal note");
        assertFalse(text.contains(SCORECARD_TEXT));
        Calendar calendar = CalendarFiles.strictlyRead(parts.get("cancelled.ics"));
        assertEquals("CANCEL", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
        assertEquals("superday-" + day.id() + "-candidate@rounddown", onlyEvent(calendar).getUid().orElseThrow().getValue());
        assertEquals("1", onlyEvent(calendar).getProperty(Property.SEQUENCE).orElseThrow().getValue());

        MimeMessage participant = Smtp.to(day.manager().email()).get(1);
        assertTrue(participant.getSubject().startsWith("Cancelled: SuperDay of " + day.candidateName()));
        Calendar theirs = CalendarFiles.strictlyRead(Smtp.parts(participant).get("cancelled.ics"));
        assertEquals("CANCEL", theirs.getProperty(Property.METHOD).orElseThrow().getValue());
        assertEquals(List.of(uid(day, 0), uid(day, 1), uid(day, 3), uid(day, 5)), uids(theirs));
    }

    @Test
    void aCandidateWhoCancelledIsToldNoFee() throws Exception {
        Day day = scheduled("Jane Withdrew");
        Forms.post().formParam("version", 0).formParam("reason", "Took another offer").formParam("cancelledBy", "candidate")
                .post("/superdays/" + day.id() + "/cancellation").then().statusCode(303);
        deliverAll();
        String text = Smtp.parts(Smtp.to(day.candidateEmail()).get(1)).get("text/plain");
        assertTrue(text.contains("As you asked, we have cancelled your SuperDay"), text);
        assertFalse(text.contains("cancellation fee"), text);
    }

    /** "A new portal link is sent to the candidate when a recruiter makes one (the page asks first)" */
    @Test
    void aNewLinkIsAskedForFirstThenEMailedToTheCandidateAndTheOldOneStopsWorking() throws Exception {
        Day day = scheduled("Jane Relinked");
        String old = portalLink(day.id());
        given().get("/superdays/" + day.id()).then().statusCode(200)
                .body(containsString("href=\"/superdays/" + day.id() + "/links\">Make a new link…</a>"));
        given().get("/superdays/" + day.id() + "/links").then().statusCode(200)
                .body(containsString(" has now stops working at once"))
                .body(containsString(" is e-mailed the new link at " + day.candidateEmail() + "."));
        given().auth().none().get(old).then().statusCode(200);
        String page = Forms.landing(Forms.post().post("/superdays/" + day.id() + "/links").then().statusCode(303)
                .extract().response());
        assertTrue(page.contains("The new link is e-mailed to " + day.candidateName() + "."), page);
        deliverAll();

        MimeMessage mail = Smtp.to(day.candidateEmail()).get(1);
        assertEquals("A new link to your SuperDay with Acme Test Company", mail.getSubject());
        String text = Smtp.parts(mail).get("text/plain");
        String fresh = link(text, "/portal/");
        assertEquals(portalLink(day.id()), fresh);
        assertTrue(text.contains("Acme Test Company"), text);
        given().auth().none().get(fresh).then().statusCode(200);
        given().auth().none().get(old).then().statusCode(404);
        assertEquals(0, database.count("select count(*) from audit_entry where summary like ? or changes::text like ?",
                "%" + fresh.substring(8) + "%", "%" + fresh.substring(8) + "%"), "the link's secret is in no audit entry");
    }

    /** "Candidates without an e-mail address get no mail and the page says so." */
    @Test
    void aCandidateWithoutAnEMailAddressGetsNothingAndThePageSaysSo() {
        Fixtures.Person manager = Fixtures.person(Fixtures.unique("Nadia Noaddress"), "HIRING_MANAGER");
        long application = atSuperDay(Fixtures.opening(Fixtures.unique("TAE"), "TECHNICAL_ACCOUNT_EXECUTIVE",
                manager.id()), Fixtures.unique("Dana Nomail"));
        // The candidate table asks for an address today; a blank one stands for a candidate who has none.
        database.update("update candidate set email = '' where id = (select candidate_id from application where id = ?)",
                application);
        String name = database.text("select c.name from application a join candidate c on c.id = a.candidate_id "
                + "where a.id = ?", application);
        Response scheduled = Forms.post().formParams(usualDay(application, "Europe/London",
                NINE_IN_NEW_YORK, manager.id(), null)).formParam("confirmWarnings", "yes").post("/superdays").then()
                .statusCode(303).extract().response();
        String page = Forms.landing(scheduled);
        assertTrue(page.contains(name + " has no e-mail address, so no invitation was sent."), page);
        String question = given().get(scheduled.getHeader("Location") + "/links").then().statusCode(200).extract().asString();
        assertTrue(question.contains(name + " has no e-mail address, so nobody is told: share the new link yourself."),
                question);
        assertTrue(question.contains(">Yes, make a new link</button>"), question);
        assertEquals(0, database.count("select count(*) from outbox where application_id = ? and to_candidate",
                application));
        assertEquals(1, database.count("select count(*) from outbox where application_id = ? and to_address = ?",
                application, manager.email()), "the participants are still invited");
        database.update("update candidate set email = ? where id = (select candidate_id from application where id = ?)",
                Fixtures.email(), application);
    }

    /** A scheduled day for someone new, in New York, with their own hiring manager in every meeting. */
    private Day scheduled(String name) {
        Fixtures.Person manager = Fixtures.person(Fixtures.unique("Mona Manager"), "HIRING_MANAGER");
        String candidate = Fixtures.unique(name);
        long application = atSuperDay(Fixtures.opening(Fixtures.unique("TAE"), "TECHNICAL_ACCOUNT_EXECUTIVE",
                manager.id()), candidate);
        long id = schedule(usualDay(application, "America/New_York", NINE_IN_NEW_YORK, manager.id(), null));
        String email = database.text("select c.email from application a join candidate c on c.id = a.candidate_id "
                + "where a.id = ?", application);
        return new Day(id, application, candidate, email, manager);
    }

    private record Day(long id, long applicationId, String candidateName, String candidateEmail, Fixtures.Person manager) {
    }

    private static String uid(Day day, int position) {
        return "superday-" + day.id() + "-block-" + position + "-user-" + day.manager().id() + "@rounddown";
    }

    private static Instant start(VEvent event) {
        return ZonedDateTime.from(event.<Temporal>getStartDate().orElseThrow().getDate()).toInstant();
    }

    private static List<String> uids(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream().map(e -> e.getUid().orElseThrow().getValue()).toList();
    }

    private static VEvent onlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(1, events.size());
        return events.get(0);
    }

    private static MimeMessage only(String address) {
        List<MimeMessage> received = Smtp.to(address);
        assertEquals(1, received.size());
        return received.get(0);
    }

    /** The path of the app's link in a message, which starts like this. */
    private static String link(String text, String start) {
        Matcher link = Pattern.compile("http://localhost:8080(" + Pattern.quote(start) + "[A-Za-z0-9_-]+)").matcher(text);
        assertTrue(link.find(), text);
        return link.group(1);
    }

    private void deliverAll() {
        Smtp.deliverAllDue(delivery, Instant.now());
    }
}
