package app.rounddown.mail;

import app.rounddown.candidate.Candidate;
import app.rounddown.notes.CandidateNote;
import app.rounddown.notes.MentionQueue;
import app.rounddown.notes.NoteMentioned;
import app.rounddown.people.User;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Someone mentioned in a note on a candidate they may see is told by mail, with the note and its link; the notes room
 * fires the event only for such people, so a mention never tells anyone about a candidate they may not see.
 */
@ApplicationScoped
public class MentionMails {
    static final String KIND = "note-mention";
    /** Enough of the note to know what it is about; the link has the rest. */
    static final int EXCERPT = 1000;

    @Inject
    Outbox outbox;
    @Inject
    MailSettings settings;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance text(Mention mention);

        static native TemplateInstance html(Mention mention);
    }

    public record Mention(String name, String author, String candidateName, String excerpt, boolean cut, String link,
                          String companyName) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onMentioned(@Observes NoteMentioned event) {
        User user = User.findById(event.userId());
        CandidateNote note = CandidateNote.findById(event.noteId());
        Candidate candidate = Candidate.findById(event.candidateId());
        boolean cut = note.body.length() > EXCERPT;
        Mention mention = new Mention(user.name, note.author.name, candidate.name,
                cut ? note.body.substring(0, EXCERPT) : note.body, cut,
                settings.link(new MentionQueue.Mention(note.id, candidate.id, candidate.name, note.author.name,
                        note.createdAt).link()), settings.companyName());
        outbox.queue(Letter.internal(KIND, user.email, user.name, note.author.name + " mentioned you in a note on "
                        + candidate.name, Templates.text(mention).render(), Templates.html(mention).render(), List.of(),
                candidate.id, null));
    }
}
