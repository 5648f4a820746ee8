package app.rounddown.notes;

import app.rounddown.access.AccessTable;
import app.rounddown.access.Ownership;
import app.rounddown.access.Rule;
import app.rounddown.audit.Audit;
import app.rounddown.candidate.Candidate;
import app.rounddown.people.User;
import app.rounddown.web.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Notes on a candidate, by anyone who may see the candidate. A note's mentions reach the people mentioned only when
 * they too may see the candidate (on their queue, and by mail); nobody learns of a candidate through a mention.
 */
@ApplicationScoped
public class Notes {
    /** The notes page: whoever may open it may see the candidate's notes, and be mentioned in them. */
    public static final String PAGE_ROUTE = "/candidates/{id}/notes";

    @Inject
    Audit audit;
    @Inject
    Event<NoteMentioned> mentioned;
    @Inject
    @Any
    Instance<Ownership> owners;
    @Inject
    EntityManager entityManager;

    /** What came of a new note, for the message the author reads. */
    public record Added(long noteId, List<String> notified, List<String> mayNotSee, List<String> ambiguous,
                        List<String> unknown) {
        public String message(String candidateName) {
            StringBuilder text = new StringBuilder("Note added.");
            if (!notified.isEmpty()) {
                text.append(" Notified: ").append(String.join(", ", notified)).append('.');
            }
            if (!mayNotSee.isEmpty()) {
                text.append(" Not notified, as they may not see ").append(candidateName).append(": ")
                        .append(String.join(", ", mayNotSee)).append('.');
            }
            if (!ambiguous.isEmpty()) {
                text.append(" ").append(String.join(", ", ambiguous)).append(ambiguous.size() == 1 ? " fits" : " fit")
                        .append(" several people: write the e-mail name (the part before the @) to mention one.");
            }
            if (!unknown.isEmpty()) {
                text.append(" Nobody is called ").append(String.join(", ", unknown)).append(": left as plain text.");
            }
            return text.toString();
        }
    }

    /** The note as it will be kept (line ends as \n); a field error on "body" when it cannot be kept. */
    public static String checked(String typed) {
        String body = typed == null ? "" : typed.replace("\r\n", "\n").replace('\r', '\n');
        if (body.isBlank()) {
            throw InvalidInput.of("body", "Write the note first.");
        }
        int length = body.codePointCount(0, body.length());
        if (length > CandidateNote.MAX_LENGTH) {
            throw InvalidInput.of("body", "A note can be at most " + CandidateNote.MAX_LENGTH + " characters; this one has "
                    + length + ".");
        }
        return body;
    }

    @Transactional
    public Added add(Candidate candidate, User author, String typed) {
        String body = checked(typed);
        Mentions.Found found = Mentions.in(body, mentionable(Mentions.handles(body)));
        CandidateNote note = new CandidateNote();
        note.candidateId = candidate.id;
        note.author = author;
        note.body = body;
        note.persist();
        List<String> notified = new ArrayList<>();
        List<String> mayNotSee = new ArrayList<>();
        for (Mentions.Person person : found.people()) {
            if (person.id() == author.id) {
                continue;
            }
            User user = User.findById(person.id());
            if (!maySee(user, candidate.id)) {
                mayNotSee.add(user.name);
                continue;
            }
            entityManager.createNativeQuery("insert into candidate_note_mention (note_id, user_id) values (?1, ?2)")
                    .setParameter(1, note.id).setParameter(2, user.id).executeUpdate();
            notified.add(user.name);
            mentioned.fire(new NoteMentioned(note.id, candidate.id, user.id));
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("body", body);
        after.put("mentioned", String.join(", ", notified));
        audit.created("candidate_note", note.id, "Note added on " + candidate.name, after, candidate.id);
        return new Added(note.id, notified, mayNotSee, found.ambiguous(), found.unknown());
    }

    /** Whether this person may see the candidate: the notes page's rule, applied to them rather than to whoever asks. */
    public boolean maySee(User user, long candidateId) {
        Rule rule = AccessTable.ruleFor("GET", PAGE_ROUTE).orElseThrow();
        return user.active && (rule.admitsByRole(user) || owners.stream()
                .filter(owner -> owner.kind() == rule.managedBy()).anyMatch(owner -> owner.owns(user, candidateId)));
    }

    /** Marks this person's mentions on the candidate's notes seen: they are looking at them (one statement). */
    @Transactional
    public void sawNotesOn(User user, long candidateId) {
        entityManager.createNativeQuery("update candidate_note_mention m set seen_at = ?1 where m.user_id = ?2 "
                        + "and m.seen_at is null and m.note_id in (select n.id from candidate_note n where n.candidate_id = ?3)")
                .setParameter(1, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC)).setParameter(2, user.id)
                .setParameter(3, candidateId).executeUpdate();
    }

    /** Takes one mention off this person's queue; false when there was none to take. */
    @Transactional
    public boolean dismiss(User user, long noteId) {
        return entityManager.createNativeQuery("update candidate_note_mention set seen_at = ?1 where user_id = ?2 "
                        + "and note_id = ?3 and seen_at is null")
                .setParameter(1, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC)).setParameter(2, user.id)
                .setParameter(3, noteId).executeUpdate() > 0;
    }

    /** The active people a mention could mean, looked up by the handles in the note only. */
    private List<Mentions.Person> mentionable(List<String> handles) {
        if (handles.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select id, name, email from app_user where active and "
                        + "(lower(split_part(email, '@', 1)) in (?1) or lower(split_part(btrim(name), ' ', 1)) in (?1) "
                        + "or lower(regexp_replace(btrim(name), '\\s+', '.', 'g')) in (?1))")
                .setParameter(1, handles).getResultList();
        return rows.stream().map(r -> new Mentions.Person(((Number) r[0]).longValue(), (String) r[1], (String) r[2]))
                .toList();
    }
}
