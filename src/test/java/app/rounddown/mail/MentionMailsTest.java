package app.rounddown.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.Forms;
import app.rounddown.support.Smtp;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "@name mentions that appear on the mentioned person's queue (and e-mail them when mail exists)". */
@QuarkusTest
class MentionMailsTest {
    @Inject
    Delivery delivery;
    @Inject
    Database database;

    @BeforeEach
    void mailServerIsUp() {
        Smtp.start();
    }

    @Test
    void theMentionedPersonIsEmailedTheNoteWithItsLinkAndTheOneWhoMayNotSeeTheCandidateIsNot() throws Exception {
        long candidate = Fixtures.candidate(Fixtures.unique("Maya Mailed"));
        String candidateName = database.text("select name from candidate where id = ?", candidate);
        Fixtures.Person colleague = Fixtures.person(Fixtures.unique("Mailed") + " Manon", "RECRUITER");
        Fixtures.Person outsider = Fixtures.person(Fixtures.unique("Unmailed") + " Uwe", "INTERVIEWER");
        Forms.postAs(Fixtures.rita()).formParam("body", "Great references <3\n@" + handle(colleague) + " @"
                + handle(outsider) + " thoughts?").post("/candidates/" + candidate + "/notes").then().statusCode(303);
        Smtp.deliverAllDue(delivery, Instant.now());

        List<MimeMessage> mails = Smtp.to(colleague.email());
        assertEquals(1, mails.size());
        assertEquals("Rita Recruiter mentioned you in a note on " + candidateName, mails.get(0).getSubject());
        Map<String, String> parts = Smtp.parts(mails.get(0));
        long note = database.count("select max(id) from candidate_note where candidate_id = ?", candidate);
        String text = parts.get("text/plain").replace("\r\n", "\n");
        assertTrue(text.contains("Great references <3\n@"), text);
        assertTrue(text.contains("/candidates/" + candidate + "/notes#note-" + note), text);
        assertTrue(parts.get("text/html").contains("Great references &lt;3"), "the note is escaped in the HTML part");
        assertEquals(0, Smtp.to(outsider.email()).size(), "someone who may not see the candidate gets nothing");
    }

    private static String handle(Fixtures.Person person) {
        return person.email().substring(0, person.email().indexOf('@'));
    }
}
