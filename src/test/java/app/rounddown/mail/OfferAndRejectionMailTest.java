package app.rounddown.mail;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.Forms;
import app.rounddown.support.Smtp;
import app.rounddown.support.SuperDayFixtures;
import app.rounddown.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 13, points 5 and 6: offers tell their approvers and the recruiter; rejections go to the candidate. */
@QuarkusTest
class OfferAndRejectionMailTest {
    /** Words only the panel wrote on its cards (SuperDayFixtures.superDayCard's notes, takeaways and concern). */
    private static final List<String> CARD_TEXT = List.of("note on", "takeaway", "Talked over the customer once");

    @Inject
    Delivery delivery;
    @Inject
    Database database;

    @BeforeEach
    void mailServerIsUp() {
        Smtp.start();
    }

    @Test
    void theSecondApproverIsToldAnOfferAwaitsThemAndTheRecruiterWhenItIsApproved() throws Exception {
        // "Each approver is told when an offer awaits their approval, and the recruiter when it is fully approved."
        Fixtures.Person rita = Fixtures.person("Rita Offermail", "RECRUITER");
        Fixtures.Person hana = Fixtures.person("Hana Offermail", "HIRING_MANAGER");
        Fixtures.Person sam = Fixtures.person("Sam Secondapprover", "HIRING_MANAGER");
        long opening = opening(hana, sam);
        long candidate = Fixtures.candidate("Olivia Offer");
        long id = ((Number) rita.calls().contentType(ContentType.JSON).body(Map.of("candidateId", candidate,
                "openingId", opening)).post("/api/applications").then().statusCode(201).extract().path("id")).longValue();
        atTheEndOfTheSuperDay(id, hana, 3);
        Forms.postAs(hana).formParam("outcome", "OFFER").post("/decisions/" + id).then().statusCode(303);
        Forms.postAs(hana).formParam("ote", "120000").formParam("currency", "USD").formParam("basePercent", "50")
                .formParam("annualQuota", "1000000").formParam("startDate", LocalDate.now().plusMonths(2).toString())
                .post("/offers/" + id).then().statusCode(303);
        approve(hana, id);
        deliverAll();

        MimeMessage asked = only(sam.email());
        assertEquals("Offer for Olivia Offer awaits your approval", asked.getSubject());
        String text = partsOf(asked).get("text/plain");
        assertTrue(text.contains("has Hana Offermail's approval and waits for yours"), text);
        assertTrue(text.contains("120,000.00"), "an approver sees the terms: " + text);
        assertTrue(text.contains("Acme Test Company"), text);
        String offerPath = path(text, "/offers/" + id);
        assertTrue(partsOf(asked).get("text/html").contains("/offers/" + id + "\""));
        sam.calls().get(offerPath).then().statusCode(200).body(containsString("Olivia Offer"))
                .body(containsString("Approve"));
        assertTrue(Smtp.to(rita.email()).isEmpty(), "the recruiter hears only once both have approved");

        approve(sam, id);
        deliverAll();
        MimeMessage approved = only(rita.email());
        assertEquals("Offer for Olivia Offer approved", approved.getSubject());
        String told = partsOf(approved).get("text/plain");
        assertTrue(told.contains("is approved by Hana Offermail and Sam Secondapprover"), told);
        assertFalse(told.contains("120,000") || told.contains("/offers/"), "a recruiter does not see pay: " + told);
        String candidatePath = path(told, "/candidates/" + candidate);
        rita.calls().get(candidatePath).then().statusCode(200).body(containsString("Olivia Offer"));
        rita.calls().get("/offers/" + id).then().statusCode(403);
        assertEquals(1, Smtp.to(sam.email()).size(), "nobody is asked again once the offer is approved");
    }

    @Test
    void theRecruiterSendsTheRejectionAsDraftedAndItReachesTheCandidateWithoutTheCardsWords() throws Exception {
        // "The recruiter edits the drafted message and presses Send: it goes through the outbox to the candidate and
        // the timeline records it (no more 'I have sent it' checkbox)."; "never internal notes or scores".
        Fixtures.Person rita = Fixtures.person("Rita Rejectmail", "RECRUITER");
        String email = Fixtures.email();
        long id = rejectedAfterTheSuperDay("Dana Declined", email);
        String page = rita.calls().get("/decisions/" + id).then().statusCode(200).extract().asString();
        assertTrue(page.contains("Send to the candidate"), page);
        assertFalse(page.contains("I have sent it"));
        String draft = database.text("select message from decision where application_id = ?", id);
        Response sent = Forms.postAs(rita).formParam("version", "0").formParam("message", draft)
                .formParam("action", "send").post("/decisions/" + id + "/message");
        assertEquals(303, sent.statusCode(), sent.asString());
        deliverAll();

        MimeMessage mail = only(email);
        assertEquals("Your application for " + title(id) + " at Acme Test Company", mail.getSubject());
        Map<String, String> parts = partsOf(mail);
        String text = parts.get("text/plain");
        assertTrue(text.startsWith("Hi Dana,"), text);
        assertTrue(text.contains("What went well:\n- You did well on demo role-play."), text);
        assertTrue(text.contains("Acme Test Company"), text);
        assertTrue(parts.get("text/html").contains("<li>You did well on demo role-play.</li>"),
                "the template's own HTML part when the draft is sent as it is: " + parts.get("text/html"));
        for (String words : CARD_TEXT) {
            assertFalse(text.contains(words) || parts.get("text/html").contains(words), "no card text: " + words);
        }
        long candidate = database.count("select candidate_id from application where id = ?", id);
        given().get("/candidates/" + candidate).then().statusCode(200)
                .body(containsString("Sent to the candidate: " + mail.getSubject()));
        rita.calls().get("/decisions/" + id).then().statusCode(200).body(containsString("Sent "))
                .body(not(containsString("name=\"message\"")));
        Forms.postAs(rita).formParam("version", "1").formParam("message", "Again").formParam("action", "send")
                .post("/decisions/" + id + "/message").then().statusCode(400).body(containsString("can no longer change"));
        deliverAll();
        assertEquals(1, notInvitations(email).size(), "sent once");
    }

    @Test
    void anEditedRejectionIsSentAsWrittenWithItsOwnHtmlAndADraftIsOnlySaved() throws Exception {
        Fixtures.Person rita = Fixtures.person("Rita Rejectmail", "RECRUITER");
        String email = Fixtures.email();
        long id = rejectedAfterTheSuperDay("Evan Edited", email);
        Forms.postAs(rita).formParam("version", "0").formParam("message", "Hi Evan,\n\nA first go.")
                .formParam("action", "save").post("/decisions/" + id + "/message").then().statusCode(303);
        deliverAll();
        assertTrue(notInvitations(email).isEmpty(), "a saved draft is not sent");
        Forms.postAs(rita).formParam("version", "1").formParam("message", "Hi Evan,\n\nThank you <b>very</b> much.\n\n- Keep going")
                .formParam("action", "send").post("/decisions/" + id + "/message").then().statusCode(303);
        deliverAll();
        Map<String, String> parts = partsOf(only(email));
        assertEquals("Hi Evan,\n\nThank you <b>very</b> much.\n\n- Keep going", parts.get("text/plain").strip());
        assertTrue(parts.get("text/html").contains("Thank you &lt;b&gt;very&lt;/b&gt; much."), parts.get("text/html"));
        assertTrue(parts.get("text/html").contains("<li>Keep going</li>"));
        assertTrue(parts.get("text/html").contains("Acme Test Company"), "the company's name heads the HTML part");
    }

    @Test
    void afterACultureInterviewRejectionTheRecruiterSendsTheShortMessage() throws Exception {
        // "Same for the short personal message after a culture-interview rejection."
        Fixtures.Person rita = Fixtures.person("Rita Rejectmail", "RECRUITER");
        String email = Fixtures.email();
        long id = atTheCultureInterview("Carl Culture", email);
        Response rejected = rejectAtCulture(rita, id);
        String location = rejected.getHeader("Location");
        assertTrue(location.contains("/applications/" + id + "/culture-message"), location);
        String page = Forms.landing(rejected);
        assertTrue(page.contains("A short message to the candidate is drafted below"), page);
        assertTrue(page.contains("Hi Carl,"), page);
        String draft = database.text("select text from culture_rejection_message where application_id = ?", id);
        Forms.postAs(rita).formParam("version", "0").formParam("text", draft).formParam("action", "SEND")
                .formParam("returnTo", "/candidates/1").post("/applications/" + id + "/culture-message")
                .then().statusCode(303);
        deliverAll();

        MimeMessage mail = only(email);
        assertEquals("Your application for " + title(id) + " at Acme Test Company", mail.getSubject());
        Map<String, String> parts = partsOf(mail);
        assertTrue(parts.get("text/plain").contains("Thank you for talking with us about the " + title(id) + " role."));
        assertTrue(parts.get("text/plain").contains("Rita Rejectmail\nAcme Test Company"), parts.get("text/plain"));
        assertTrue(parts.get("text/html").contains("not a judgement of you"), "the template's HTML part");
        assertFalse(parts.get("text/plain").contains("A definite yes."), "no scorecard text");
        rita.calls().get("/applications/" + id + "/culture-message").then().statusCode(200)
                .body(containsString("Sent ")).body(not(containsString("name=\"text\"")));
        assertEquals("SENT", database.text("select status from culture_rejection_message where application_id = ?", id));
    }

    @Test
    void theRecruiterMayDecideNotToSendTheCultureMessage() {
        Fixtures.Person rita = Fixtures.person("Rita Rejectmail", "RECRUITER");
        long quiet = atTheCultureInterview("Quinn Quiet", Fixtures.email());
        rejectAtCulture(rita, quiet);
        Forms.postAs(rita).formParam("version", "0").formParam("action", "SKIP")
                .post("/applications/" + quiet + "/culture-message").then().statusCode(303);
        assertEquals("SKIPPED", database.text("select status from culture_rejection_message where application_id = ?", quiet));
        assertEquals(0, database.count("select count(*) from outbox where application_id = ? and to_candidate", quiet));

    }

    @Test
    void aCandidateWithoutAnEmailAddressIsSentNoRejectionAndThePagesSaySo() {
        // "Candidates without an e-mail address get no mail and the page says so." Every candidate has an address
        // today; one erased later has none, as this test makes it.
        Fixtures.Person rita = Fixtures.person("Rita Rejectmail", "RECRUITER");
        long id = rejectedAfterTheSuperDay("Nina Noaddress", Fixtures.email());
        long candidate = database.count("select candidate_id from application where id = ?", id);
        long culture = Fixtures.application(candidate, Fixtures.openingTae());
        given().contentType(ContentType.JSON).body(Map.of("seenStage", "APPLIED", "to", "CULTURE"))
                .post("/api/applications/" + culture + "/moves").then().statusCode(201);
        rejectAtCulture(rita, culture);
        database.update("update candidate set email = '' where id = ?", candidate);
        try {
            rita.calls().get("/decisions/" + id).then().statusCode(200)
                    .body(containsString("Nina Noaddress has no e-mail address, so the message cannot be sent from here."))
                    .body(not(containsString("Send to the candidate")));
            Forms.postAs(rita).formParam("version", "0").formParam("message", "Hi Nina").formParam("action", "send")
                    .post("/decisions/" + id + "/message").then().statusCode(400)
                    .body(containsString("Nina Noaddress has no e-mail address"));
            rita.calls().get("/applications/" + culture + "/culture-message").then().statusCode(200)
                    .body(containsString("Nina Noaddress has no e-mail address, so no message can be sent from here."))
                    .body(not(containsString("value=\"SEND\"")));
            Forms.postAs(rita).formParam("version", "0").formParam("text", "Hi Una").formParam("action", "SEND")
                    .post("/applications/" + culture + "/culture-message").then().statusCode(400)
                    .body(containsString("Nina Noaddress has no e-mail address"))
                    .body(containsString("Hi Una"));
        } finally {
            database.update("update candidate set email = ? where id = ?", Fixtures.email(), candidate);
        }
        assertEquals(0, database.count("select count(*) from outbox where candidate_id = ? and to_candidate "
                + "and kind in ('rejection', 'culture-rejection')", candidate));
        assertEquals(0, database.count("select count(*) from decision where application_id = ? and message_sent_at is not null", id));
        assertEquals("DRAFT", database.text("select status from culture_rejection_message where application_id = ?", culture));
    }

    private long rejectedAfterTheSuperDay(String name, String email) {
        Fixtures.Person hana = Fixtures.person("Hana Offermail", "HIRING_MANAGER");
        long opening = opening(hana, Fixtures.person("Sam Secondapprover", "HIRING_MANAGER"));
        long id = Fixtures.application(candidate(name, email), opening);
        atTheEndOfTheSuperDay(id, hana, 2);
        Forms.postAs(hana).formParam("outcome", "REJECT")
                .formParam("reapplyAfter", LocalDate.now().plusMonths(13).toString())
                .post("/decisions/" + id).then().statusCode(303);
        return id;
    }

    private long atTheCultureInterview(String name, String email) {
        long id = Fixtures.application(candidate(name, email), Fixtures.openingTae());
        given().contentType(ContentType.JSON).body(Map.of("seenStage", "APPLIED", "to", "CULTURE"))
                .post("/api/applications/" + id + "/moves").then().statusCode(201);
        return id;
    }

    private static Response rejectAtCulture(Fixtures.Person recruiter, long id) {
        Response rejected = Forms.postAs(recruiter).formParam("seenStage", "CULTURE").formParam("seenStatus", "ACTIVE")
                .formParam("category", "CULTURE_FIT").formParam("reason", "Not the fit we need now.")
                .formParam("returnTo", "/openings").post("/applications/" + id + "/rejections");
        assertEquals(303, rejected.statusCode(), rejected.asString());
        return rejected;
    }

    private static long candidate(String name, String email) {
        return ((Number) given().contentType(ContentType.JSON).body(Map.of("name", name, "email", email,
                        "timeZone", "Europe/London", "source", "INBOUND")).post("/api/candidates").then().statusCode(201)
                .extract().path("id")).longValue();
    }

    private static long opening(Fixtures.Person manager, Fixtures.Person second) {
        return ((Number) given().contentType(ContentType.JSON).body(Map.of("title", Fixtures.unique("Mailed TAE"),
                        "roleType", "TECHNICAL_ACCOUNT_EXECUTIVE", "hiringManagerId", manager.id(),
                        "secondApproverId", second.id())).post("/api/openings").then().statusCode(201)
                .extract().path("id")).longValue();
    }

    /** Through the interviews to a SuperDay that ended yesterday, with one card noting things the candidate never reads. */
    private static void atTheEndOfTheSuperDay(long id, Fixtures.Person manager, int overall) {
        TestData.get().throughEveryInterviewToTheSuperDay(id);
        SuperDayFixtures.schedule(SuperDayFixtures.usualDay(id, "UTC", LocalDate.now().minusDays(1).atTime(8, 0),
                manager.id(), null));
        SuperDayFixtures.superDayCard(id, Fixtures.person("Rhea Reviewer", "INTERVIEWER"), overall,
                Map.of("output", overall, "demo", 3), "Talked over the customer once");
    }

    private void approve(Fixtures.Person approver, long id) {
        String version = database.text("select version from offer where application_id = ?", id);
        Forms.postAs(approver).formParam("version", version).post("/offers/" + id + "/approval").then().statusCode(303);
        assertEquals(0, database.count("select count(*) from offer where application_id = ? and status = 'DRAFT' "
                + "and manager_approved_at is null and second_approved_at is null", id), "the approval was recorded");
    }

    private String title(long id) {
        return database.text("select o.title from opening o join application a on a.opening_id = o.id where a.id = ?", id);
    }

    /** The path of a link in a message, which must lead to this page. */
    private static String path(String text, String expected) {
        Matcher link = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(expected) + ")\\b").matcher(text);
        assertTrue(link.find(), "a link to " + expected + " in: " + text);
        return link.group(1);
    }

    /** The parts with line ends as written: SMTP carries CRLF. */
    private static Map<String, String> partsOf(MimeMessage mail) throws Exception {
        Map<String, String> parts = new HashMap<>();
        Smtp.parts(mail).forEach((name, content) -> parts.put(name, content.replace("\r\n", "\n")));
        return parts;
    }

    /** What reached this address apart from interview and SuperDay invitations, which candidates also receive. */
    private static List<MimeMessage> notInvitations(String email) {
        return Smtp.to(email).stream().filter(mail -> {
            try {
                return !mail.getSubject().contains(" with Acme Test Company");
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static MimeMessage only(String email) {
        List<MimeMessage> received = notInvitations(email);
        assertEquals(1, received.size(), "messages to " + email);
        return received.get(0);
    }

    private void deliverAll() {
        Smtp.deliverAllDue(delivery, Instant.now());
    }
}
