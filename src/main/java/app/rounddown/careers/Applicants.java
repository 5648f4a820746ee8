package app.rounddown.careers;

import app.rounddown.candidate.Candidate;
import app.rounddown.candidate.CandidateCvs;
import app.rounddown.candidate.CandidateInput;
import app.rounddown.candidate.Candidates;
import app.rounddown.opening.Opening;
import app.rounddown.people.CurrentUser;
import app.rounddown.pipeline.Application;
import app.rounddown.pipeline.ApplicationInputs;
import app.rounddown.pipeline.Applications;
import app.rounddown.web.FieldErrors;
import app.rounddown.web.InputCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * An application from the careers page, in one transaction: the candidate (found by e-mail whatever its case, or
 * new), their CV, the application at Applied through the pipeline's own method, and their consent, all recorded as
 * done by the candidate. A refusal stores nothing, except a fine CV kept for the retry.
 */
@ApplicationScoped
public class Applicants {
    /** How the audit log and the application's history name someone applying on the careers page. */
    public static final String ACTOR = "the candidate";
    static final String CV_MISSING = "Choose your CV: a PDF or Word (.docx) file of up to 10 MB.";

    @Inject
    CurrentUser current;
    @Inject
    InputCheck inputCheck;
    @Inject
    SubmissionLimit limit;
    @Inject
    PendingCvs pendingCvs;
    @Inject
    Candidates candidates;
    @Inject
    CandidateCvs cvs;
    @Inject
    Applications applications;
    @Inject
    ConsentText consent;
    @Inject
    EntityManager em;
    @Inject
    Event<ApplicationReceived> received;

    /** What became of a submission. */
    public sealed interface Outcome {
    }

    public record Applied(long candidateId, long applicationId) implements Outcome {
    }

    /** This e-mail address has applied to this opening before; nothing is said about anything else. */
    public record AlreadyIn() implements Outcome {
    }

    public record Refused(FieldErrors errors, PendingCvs.Kept kept) implements Outcome {
    }

    public record Limited(Instant until) implements Outcome {
    }

    @Transactional
    public Outcome apply(JobPost post, ApplicationPost posted, String address, Instant now) {
        current.actingAs(ACTOR);
        Optional<Instant> until = limit.refusedUntil(address, now);
        if (until.isPresent()) {
            return new Limited(until.get());
        }
        Applying input = Applying.from(posted);
        FieldErrors errors = inputCheck.check(input);
        if (!errors.has("linkedinUrl") && input.linkedinElsewhere()) {
            errors.add("linkedinUrl", Applying.LINKEDIN);
        }
        Optional<PendingCvs.Kept> kept = pendingCvs.find(posted.keptCv);
        String cvProblem = posted.cvChosen() ? CandidateCvs.problemWith(posted.cv) : kept.isEmpty() ? CV_MISSING : null;
        if (cvProblem != null) {
            errors.add("cv", cvProblem);
        }
        if (!errors.isEmpty()) {
            if (posted.cvChosen() && cvProblem == null) {
                kept = Optional.of(pendingCvs.keep(posted.cv));
                limit.count(address, now);
            }
            return new Refused(errors, kept.orElse(null));
        }
        // Two applications from one new address at once would both find no candidate; they take turns instead.
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('careers-email:' || lower(?1)))")
                .setParameter(1, input.email().strip()).getSingleResult();
        Opening opening = Opening.findById(post.id());
        Optional<Candidate> known = Candidate.findByEmail(input.email());
        if (known.isPresent() && Application.findFor(known.get(), opening).isPresent()) {
            return new AlreadyIn();
        }
        String paragraph = paragraph(post, input);
        Candidate candidate = known.map(existing -> candidates.revise(existing.id, amended(existing, input, paragraph)))
                .orElseGet(() -> candidates.register(new CandidateInput(input.name().strip(), input.email().strip(),
                        input.phone(), null, input.timeZone(), input.heardFrom().source, input.linkedinUrl(), null,
                        paragraph, null)));
        if (posted.cvChosen()) {
            cvs.attach(candidate, posted.cv, ACTOR);
        } else {
            cvs.attach(candidate, pendingCvs.take(posted.keptCv).orElseThrow(), ACTOR);
        }
        Application application = applications.start(new ApplicationInputs.NewApplication(candidate.id, opening.id));
        em.createNativeQuery("update application set opened_at = null, early_reapply_after = ?1 where id = ?2")
                .setParameter(1, reapplyAfter(candidate.id, now).map(Date::valueOf).orElse(null))
                .setParameter(2, application.id).executeUpdate();
        em.createNativeQuery("insert into candidate_consent (candidate_id, application_id, text_version, text, agreed_at) "
                        + "values (?1, ?2, ?3, ?4, ?5)").setParameter(1, candidate.id).setParameter(2, application.id)
                .setParameter(3, consent.version()).setParameter(4, consent.text()).setParameter(5, now).executeUpdate();
        limit.count(address, now);
        received.fire(new ApplicationReceived(candidate.id, application.id, post.title(), post.slug()));
        return new Applied(candidate.id, application.id);
    }

    /** A known candidate keeps their profile; only blanks are filled in, and this application's note is added. */
    private static CandidateInput amended(Candidate known, Applying input, String paragraph) {
        String notes = known.notes == null ? paragraph : known.notes + "\n\n" + paragraph;
        return new CandidateInput(known.name, known.email, known.phone != null ? known.phone : input.phone(),
                known.location, known.timeZone, known.source,
                known.linkedinUrl != null ? known.linkedinUrl : input.linkedinUrl(), known.cvUrl,
                notes.length() > 10000 ? known.notes : notes, known.version);
    }

    /** The CV kept for a retry under this token, to offer again on a refused form; null when there is none. */
    public PendingCvs.Kept stillKept(String token) {
        return pendingCvs.find(token).orElse(null);
    }

    /** What the candidate told us, kept in their notes where recruiters read them. */
    private static String paragraph(JobPost post, Applying input) {
        StringBuilder text = new StringBuilder("Applied for \u201c" + post.title() + "\u201d on the careers page. Heard of us: "
                + input.heardFrom().label() + ".");
        if (input.referrer() != null) {
            text.append(" Referred by: ").append(input.referrer()).append('.');
        }
        if (input.note() != null && !input.note().isBlank()) {
            text.append("\n").append(input.note().strip());
        }
        return text.toString();
    }

    /** The latest reapply-after date of a rejection of this candidate that has not come yet, if any. */
    private Optional<LocalDate> reapplyAfter(long candidateId, Instant now) {
        Object date = em.createNativeQuery("select max(d.reapply_after) from decision d join application a on "
                        + "a.id = d.application_id where a.candidate_id = ?1 and d.outcome = 'REJECT' and d.reapply_after > ?2")
                .setParameter(1, candidateId).setParameter(2, Date.valueOf(LocalDate.ofInstant(now, ZoneOffset.UTC)))
                .getSingleResult();
        return Optional.ofNullable(date).map(d -> d instanceof Date sql ? sql.toLocalDate() : (LocalDate) d);
    }
}
