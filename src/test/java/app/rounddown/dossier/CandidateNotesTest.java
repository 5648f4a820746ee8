package app.rounddown.dossier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.Forms;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * "Notes: signed-in users add notes to a candidate (visible to those who can see the candidate), with @name mentions
 * that appear on the mentioned person's queue (and e-mail them when mail exists)."
 */
@QuarkusTest
class CandidateNotesTest {
    @Inject
    Database database;

    @Test
    void aMentionedColleagueFindsTheNoteOnTheirQueueUntilTheyOpenIt() {
        long candidate = Fixtures.candidate(Fixtures.unique("Mona Mentioned"));
        Fixtures.Person colleague = Fixtures.person(Fixtures.unique("Quentin") + " Queue", "HIRING_MANAGER");
        String handle = colleague.email().substring(0, colleague.email().indexOf('@'));
        Response added = Forms.postAs(Fixtures.rita()).formParam("body", "Strong pitch.\nAsk @" + handle + " about quota.")
                .formParam("returnTo", "candidate").post("/candidates/" + candidate + "/notes");
        assertEquals(303, added.statusCode(), added.asString());
        assertTrue(added.header("Location").contains("/candidates/" + candidate + "#note-"), added.header("Location"));
        String flash = java.net.URLDecoder.decode(added.getCookie("rd_flash"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(flash.contains("Note added. Notified: " + colleague.name() + "."), flash);
        long note = database.count("select max(id) from candidate_note where candidate_id = ?", candidate);
        assertEquals(1, database.count("select count(*) from candidate_note_mention where note_id = ? and user_id = ?",
                note, colleague.id()));
        assertEquals(1, database.count("select count(*) from audit_entry where entity_type = 'candidate_note' "
                + "and entity_id = ?", note), "notes are audited");

        String queue = colleague.calls().get("/queues").then().statusCode(200).extract().asString();
        String candidateName = database.text("select name from candidate where id = ?", candidate);
        assertTrue(queue.contains("Mentioned in a note on " + candidateName + " by Rita Recruiter"), queue);
        assertTrue(queue.contains("href=\"/candidates/" + candidate + "/notes#note-" + note + "\""));

        String notes = colleague.calls().get("/candidates/" + candidate + "/notes").then().statusCode(200).extract().asString();
        assertTrue(notes.contains("Strong pitch.\nAsk @" + handle + " about quota."), "line breaks are kept");
        colleague.calls().get("/queues").then().statusCode(200)
                .body(not(containsString("Mentioned in a note on " + candidateName)));
    }

    @Test
    void openingTheCandidatePageTakesTheMentionOffTheQueue() {
        long candidate = Fixtures.candidate(Fixtures.unique("Cora Candidatepage"));
        Fixtures.Person colleague = Fixtures.person(Fixtures.unique("Paging") + " Pia", "RECRUITER");
        String handle = colleague.email().substring(0, colleague.email().indexOf('@'));
        Forms.post().formParam("body", "@" + handle + " have a look").post("/candidates/" + candidate + "/notes")
                .then().statusCode(303);
        long note = database.count("select max(id) from candidate_note where candidate_id = ?", candidate);
        Fixtures.rita().calls().get("/candidates/" + candidate).then().statusCode(200);
        assertEquals(0, database.count("select count(*) from candidate_note_mention where note_id = ? and seen_at is not null",
                note), "someone else's visit leaves the mention on the colleague's queue");
        colleague.calls().get("/candidates/" + candidate).then().statusCode(200);
        assertEquals(1, database.count("select count(*) from candidate_note_mention where note_id = ? and seen_at is not null",
                note));
    }

    @Test
    void aMentionCanBeDismissedFromTheQueue() {
        long candidate = Fixtures.candidate(Fixtures.unique("Dina Dismissed"));
        Fixtures.Person colleague = Fixtures.person(Fixtures.unique("Dismissing") + " Dan", "RECRUITER");
        String handle = colleague.email().substring(0, colleague.email().indexOf('@'));
        Forms.post().formParam("body", "@" + handle + " FYI").post("/candidates/" + candidate + "/notes").then().statusCode(303);
        long note = database.count("select max(id) from candidate_note where candidate_id = ?", candidate);
        Forms.postAs(colleague).post("/mentions/" + note + "/dismissal").then().statusCode(303);
        assertEquals(1, database.count("select count(*) from candidate_note_mention where note_id = ? and seen_at is not null",
                note));
        Forms.postAs(Fixtures.rita()).post("/mentions/" + note + "/dismissal").then().statusCode(303);
    }

    @Test
    void someoneWhoMayNotSeeTheCandidateIsNotNotifiedAndTheAuthorIsToldSo() {
        long candidate = Fixtures.candidate(Fixtures.unique("Private Pam"));
        Fixtures.Person outsider = Fixtures.person(Fixtures.unique("Outsider") + " Oscar", "INTERVIEWER");
        String handle = outsider.email().substring(0, outsider.email().indexOf('@'));
        Response added = Forms.post().formParam("body", "@" + handle + " and @nobodyatall123 please look")
                .post("/candidates/" + candidate + "/notes");
        String flash = java.net.URLDecoder.decode(added.getCookie("rd_flash"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(flash.contains("Not notified, as they may not see"), flash);
        assertTrue(flash.contains(outsider.name()), flash);
        assertTrue(flash.contains("Nobody is called @nobodyatall123: left as plain text."), flash);
        long note = database.count("select max(id) from candidate_note where candidate_id = ?", candidate);
        assertEquals(0, database.count("select count(*) from candidate_note_mention where note_id = ?", note));
        outsider.calls().get("/queues").then().statusCode(200).body(containsString("No note mentions you."));
        outsider.calls().get("/candidates/" + candidate + "/notes").then().statusCode(403);
    }

    @Test
    void anInterviewerAssignedToTheCandidateReadsAndWritesNotesButNotTheOtherQueues() {
        long candidate = Fixtures.candidate(Fixtures.unique("Ian Interviewed"));
        long application = Fixtures.application(candidate, Fixtures.openingTae());
        Fixtures.Person interviewer = Fixtures.person(Fixtures.unique("Noted") + " Nils", "INTERVIEWER");
        given().contentType("application/json").body(Map.of("applicationId", application, "stage", "CULTURE",
                "interviewerId", interviewer.id(), "startsAt", "2026-12-01T10:00:00Z")).post("/api/assignments")
                .then().statusCode(201);
        String handle = interviewer.email().substring(0, interviewer.email().indexOf('@'));
        Forms.post().formParam("body", "@" + handle + " see the CV").post("/candidates/" + candidate + "/notes")
                .then().statusCode(303);
        String queue = interviewer.calls().get("/queues").then().statusCode(200).extract().asString();
        assertTrue(queue.contains("Mentioned in a note on"), queue);
        assertTrue(!queue.contains("Offers underway"), "an interviewer's queue holds only their mentions");
        interviewer.calls().get("/candidates/" + candidate + "/notes").then().statusCode(200)
                .body(containsString("see the CV"));
        Forms.postAs(interviewer).formParam("body", "Culture call done").post("/candidates/" + candidate + "/notes")
                .then().statusCode(303);
        interviewer.calls().get("/candidates/" + candidate).then().statusCode(403);
    }

    @Test
    void aNoteIsPlainTextAndItsErrorsAreShownBesideTheFieldWithTheTextKept() {
        long candidate = Fixtures.candidate(Fixtures.unique("Erin Errors"));
        Forms.post().formParam("body", "<b>bold</b> & <script>alert(1)</script>").post("/candidates/" + candidate + "/notes")
                .then().statusCode(303);
        given().get("/candidates/" + candidate).then().statusCode(200)
                .body(containsString("&lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;"))
                .body(not(containsString("<b>bold</b>")));

        Forms.post().formParam("body", "   \n ").post("/candidates/" + candidate + "/notes").then().statusCode(400)
                .body(containsString("id=\"note-body-error\">Write the note first."));
        String tooLong = "x".repeat(5001);
        Forms.post().formParam("body", tooLong).post("/candidates/" + candidate + "/notes").then().statusCode(400)
                .body(containsString("A note can be at most 5000 characters; this one has 5001."))
                .body(containsString(">" + tooLong + "</textarea>"));
        assertEquals(1, database.count("select count(*) from candidate_note where candidate_id = ?", candidate),
                "refused notes write nothing");
        Forms.post().formParam("body", "é".repeat(5000)).post("/candidates/" + candidate + "/notes").then().statusCode(303);
    }
}
