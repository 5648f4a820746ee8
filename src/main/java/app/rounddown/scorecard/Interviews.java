package app.rounddown.scorecard;

import app.rounddown.audit.Audit;
import app.rounddown.audit.AuditEntry;
import app.rounddown.people.CurrentUser;
import app.rounddown.people.User;
import app.rounddown.pipeline.Application;
import app.rounddown.pipeline.Stage;
import app.rounddown.server.Metrics;
import app.rounddown.web.Found;
import app.rounddown.web.InvalidInput;
import app.rounddown.web.Locks;
import app.rounddown.web.LostRace;
import app.rounddown.web.SingleLine;
import app.rounddown.web.StorableText;
import app.rounddown.web.Times;
import app.rounddown.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Assigning interviewers and writing scorecards: every change in one place, audited. */
@ApplicationScoped
public class Interviews {
    @Inject
    CurrentUser current;
    @Inject
    Audit audit;
    @Inject
    Metrics metrics;
    @Inject
    Event<InterviewAssigned> assigned;
    @Inject
    Event<InterviewerExcused> excused;
    @Inject
    Event<InterviewMoved> moved;

    static final int MAX_MINUTES = 600;

    public record NewAssignment(Stage stage, Long interviewerId, Instant startsAt, Integer durationMinutes) {
    }

    @Transactional
    public Assignment assign(long applicationId, NewAssignment input) {
        return assign(applicationId, input, false);
    }

    /** As {@link #assign(long, NewAssignment)}; {@code toldWithSuperDay}: see {@link InterviewAssigned}. */
    @Transactional
    public Assignment assign(long applicationId, NewAssignment input, boolean toldWithSuperDay) {
        Application application = application(applicationId);
        if (input.stage() == null || !Gate.INTERVIEW_STAGES.contains(input.stage())) {
            throw InvalidInput.of("stage", "Choose an interview stage: culture, technical, small team or SuperDay.");
        }
        User interviewer = input.interviewerId() == null ? null : User.findById(input.interviewerId());
        if (interviewer == null || !interviewer.active) {
            throw InvalidInput.of("interviewerId", "Choose an active user to interview.");
        }
        requireStart(input.startsAt());
        int duration = length(input.durationMinutes(),
                InterviewKit.currentFor(input.stage(), application.opening.roleType).durationMinutes);
        Locks.holdUntilCommit("assignment:" + applicationId + ":" + input.stage() + ":" + interviewer.id);
        if (Assignment.count("application = ?1 and stage = ?2 and interviewer = ?3", application, input.stage(),
                interviewer) > 0) {
            throw InvalidInput.of("interviewerId", interviewer.name + " is already assigned to this "
                    + input.stage().label() + ".");
        }
        Assignment assignment = Assignment.schedule(application, input.stage(), interviewer, input.startsAt(), duration);
        org.hibernate.Hibernate.initialize(interviewer);
        audit.record("assignment", assignment.id, "created", interviewer.name + " assigned to the " + input.stage().label()
                + " of " + application.candidate.name, Map.of("startsAt", new AuditEntry.Change(null,
                input.startsAt().toString())), application.candidate.id);
        assigned.fire(new InterviewAssigned(assignment.id, application.id, assignment.stage, interviewer.id,
                assignment.startsAt, toldWithSuperDay));
        return assignment;
    }

    /**
     * The interviews the chosen person already has at that time, as warnings: a clash is for the recruiter to weigh
     * (a colleague may be covering, or the other interview may move), so it never refuses the assignment.
     */
    public List<String> clashes(long applicationId, NewAssignment input) {
        if (input.interviewerId() == null || input.startsAt() == null || input.stage() == null
                || !Gate.INTERVIEW_STAGES.contains(input.stage())) {
            return List.of();
        }
        Integer asked = input.durationMinutes();
        int minutes = asked != null ? asked
                : InterviewKit.currentFor(input.stage(), application(applicationId).opening.roleType).durationMinutes;
        return clashes(input.interviewerId(), input.startsAt(), minutes, -1L);
    }

    /** The same for an interview moving to a new time (blank minutes: as long as now). */
    public List<String> clashesOfMove(long assignmentId, Instant startsAt, Integer durationMinutes) {
        Assignment assignment = Found.or404(Assignment.findById(assignmentId), "interview assignment", assignmentId);
        return startsAt == null ? List.of() : clashes(assignment.interviewer.id, startsAt,
                durationMinutes != null ? durationMinutes : assignment.durationMinutes, assignmentId);
    }

    private static List<String> clashes(long interviewerId, Instant startsAt, int minutes, long exceptAssignmentId) {
        Instant endsAt = startsAt.plusSeconds(minutes * 60L);
        // Nothing lasts longer than MAX_MINUTES, so only those starting that long before can still be running.
        return Assignment.<Assignment>find("from Assignment i join fetch i.application a join fetch a.candidate "
                        + "join fetch i.interviewer where i.interviewer.id = ?1 and i.excusedAt is null and i.startsAt < ?2 "
                        + "and i.startsAt > ?3 and i.id <> ?4 order by i.startsAt, i.id", interviewerId, endsAt,
                        startsAt.minusSeconds(MAX_MINUTES * 60L), exceptAssignmentId).page(0, 20).list().stream()
                .filter(other -> other.endsAt().isAfter(startsAt))
                .map(other -> other.interviewer.name + " already has the " + other.stage.label() + " of "
                        + other.application.candidate.name + " at " + Times.format(other.startsAt) + " ("
                        + other.durationMinutes + " minutes).")
                .toList();
    }

    /**
     * The interview takes place at another time, or for another length (blank: the same length). The recruiter read
     * the assignment at {@code seenVersion}; a change made since then is not silently replaced.
     */
    @Transactional
    public Assignment move(long assignmentId, Integer seenVersion, Instant startsAt, Integer durationMinutes) {
        Assignment assignment = locked(assignmentId);
        Versions.requireUnchanged(seenVersion, assignment.calendarSequence);
        org.hibernate.Hibernate.initialize(assignment.interviewer);
        if (assignment.isExcused()) {
            throw InvalidInput.of("startsAt", assignment.interviewer.name + " is excused from this interview; assign "
                    + "someone else instead.");
        }
        requireStart(startsAt);
        int duration = length(durationMinutes, assignment.durationMinutes);
        if (startsAt.equals(assignment.startsAt) && duration == assignment.durationMinutes) {
            throw InvalidInput.of("startsAt", "The interview is at that time already; choose the new time.");
        }
        Instant before = assignment.startsAt;
        int minutesBefore = assignment.durationMinutes;
        assignment.moveTo(startsAt, duration);
        audit.record("assignment", assignment.id, "moved", "The " + assignment.stage.label() + " of "
                + assignment.application.candidate.name + " with " + assignment.interviewer.name + " moved",
                Map.of("startsAt", new AuditEntry.Change(before.toString(), startsAt.toString()), "durationMinutes",
                        new AuditEntry.Change(String.valueOf(minutesBefore), String.valueOf(duration))),
                assignment.application.candidate.id);
        moved.fire(new InterviewMoved(assignment.id, assignment.application.id, assignment.stage,
                assignment.interviewer.id, before, minutesBefore, startsAt, duration));
        return assignment;
    }

    @Transactional
    public Assignment excuse(long assignmentId, String reason) {
        Assignment assignment = locked(assignmentId);
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", "Say why this interviewer's card is not needed.");
        }
        if (reason.length() > 2000) {
            throw InvalidInput.of("reason", "Keep the reason to 2,000 characters or fewer.");
        }
        if (!SingleLine.Validator.holds(reason.strip())) {
            throw InvalidInput.of("reason", SingleLine.MESSAGE);
        }
        if (assignment.isExcused()) {
            throw InvalidInput.of("reason", "This interviewer is excused already.");
        }
        assignment.excuse(reason.strip(), current.name(), Instant.now());
        org.hibernate.Hibernate.initialize(assignment.interviewer);
        audit.record("assignment", assignment.id, "excused", assignment.interviewer.name + " excused from the "
                + assignment.stage.label() + " of " + assignment.application.candidate.name, Map.of("excused",
                new AuditEntry.Change(null, reason.strip())), assignment.application.candidate.id);
        excused.fire(new InterviewerExcused(assignment.id, assignment.application.id, assignment.stage,
                assignment.interviewer.id, assignment.excusedReason));
        return assignment;
    }

    /** Saves what the interviewer has typed so far; their own card only, and only until it is submitted. */
    @Transactional
    public Scorecard saveDraft(long applicationId, Stage stage, ScorecardInput input) {
        Scorecard card = openCard(applicationId, stage);
        card.fill(input, Instant.now());
        card.flush();
        return card.loaded();
    }

    @Transactional
    public Scorecard submit(long applicationId, Stage stage, ScorecardInput input) {
        input.requireComplete();
        Scorecard card = openCard(applicationId, stage);
        card.fill(input, Instant.now());
        card.submit(sawOthers(applicationId, stage), Instant.now());
        // The audit names no score: an admin may be an interviewer still owing a card for this stage.
        audit.record("scorecard", card.id, "submitted", card.interviewer.name + " submitted the " + stage.label()
                + " scorecard for " + card.application.candidate.name, Map.of(), card.application.candidate.id);
        metrics.countOnCommit(Metrics.SCORECARDS_SUBMITTED, "stage", stage.name());
        return card.loaded();
    }

    @Transactional
    public Scorecard amend(long applicationId, Stage stage, ScorecardInput input, String reason) {
        input.requireComplete();
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("amendReason", "Say why you are changing a submitted card; both versions stay visible.");
        }
        if (reason.length() > 2000) {
            throw InvalidInput.of("amendReason", "Keep the reason to 2,000 characters or fewer.");
        }
        if (StorableText.hasNul(reason)) {
            throw InvalidInput.of("amendReason", StorableText.NUL);
        }
        User me = current.require();
        lockCard(applicationId, stage, me);
        Scorecard latest = Scorecard.<Scorecard>find("application.id = ?1 and stage = ?2 and interviewer = ?3 "
                + "and submittedAt is not null order by revision desc", applicationId, stage, me).firstResult();
        if (latest == null) {
            throw InvalidInput.of("amendReason", "There is no submitted card to amend; submit yours first.");
        }
        Scorecard next = latest.amend(input, reason.strip(), sawOthers(applicationId, stage), Instant.now());
        audit.record("scorecard", next.id, "amended", me.name + " amended the " + stage.label() + " scorecard for "
                + latest.application.candidate.name + " (revision " + next.revision + ")", Map.of(),
                latest.application.candidate.id);
        return next.loaded();
    }

    /** The kit a card is read against: the one its draft or first revision used, else the current kit for its role. */
    public InterviewKit kitFor(long applicationId, Stage stage) {
        Scorecard existing = Scorecard.<Scorecard>find("application.id = ?1 and stage = ?2 and interviewer = ?3 "
                + "order by revision", applicationId, stage, current.require()).firstResult();
        return existing != null ? existing.kit
                : InterviewKit.currentFor(stage, application(applicationId).opening.roleType);
    }

    /** Notes that this viewer has now seen other people's cards of a stage. */
    @Transactional
    public void sawCards(long applicationId, Stage stage, User viewer) {
        sawCards(viewer, List.of(new Seen(applicationId, stage)));
    }

    /** The stages whose other cards a person is shown on a page. */
    public record Seen(long applicationId, Stage stage) {
    }

    /**
     * Records, in one statement per page view, that the viewer was shown other people's cards: that is how a card
     * knows whether its author wrote it before or after seeing others. The one write a GET makes (README).
     */
    @Transactional
    public void sawCards(User viewer, List<Seen> seen) {
        if (seen.isEmpty()) {
            return;
        }
        String rows = String.join(", ", Collections.nCopies(seen.size(), "(?, ?, ?)"));
        var insert = Application.getEntityManager().createNativeQuery("insert into scorecard_view (application_id, stage, "
                + "viewer_id) values " + rows + " on conflict do nothing");
        int at = 1;
        for (Seen one : seen) {
            insert.setParameter(at++, one.applicationId()).setParameter(at++, one.stage().name()).setParameter(at++, viewer.id);
        }
        insert.executeUpdate();
    }

    private boolean sawOthers(long applicationId, Stage stage) {
        return ((Number) Application.getEntityManager().createNativeQuery("select count(*) from scorecard_view "
                        + "where application_id = ?1 and stage = ?2 and viewer_id = ?3")
                .setParameter(1, applicationId).setParameter(2, stage.name()).setParameter(3, current.require().id)
                .getSingleResult()).longValue() > 0;
    }

    /** One writer per card at a time (two tabs, autosave and a click), so revisions never collide. */
    private static void lockCard(long applicationId, Stage stage, User interviewer) {
        Locks.holdUntilCommit("scorecard:" + applicationId + ":" + stage + ":" + interviewer.id);
    }

    private Scorecard openCard(long applicationId, Stage stage) {
        User me = current.require();
        // Read before waiting for the card's lock: a submission that lands while this request waits is a race it lost.
        boolean submittedBefore = Scorecard.count("application.id = ?1 and stage = ?2 and interviewer = ?3 "
                + "and submittedAt is not null", applicationId, stage, me) > 0;
        lockCard(applicationId, stage, me);
        Application application = application(applicationId);
        if (Assignment.count("application = ?1 and stage = ?2 and interviewer = ?3", application, stage, me) == 0) {
            throw new ForbiddenException("You are not assigned to the " + stage.label() + " of this candidate.");
        }
        Scorecard latest = Scorecard.<Scorecard>find("application = ?1 and stage = ?2 and interviewer = ?3 "
                + "order by revision desc", application, stage, me).firstResult();
        if (latest != null && latest.isSubmitted() && !submittedBefore) {
            throw new LostRace(me.name + " submitted this card (in another tab or on another device) at "
                    + Times.format(latest.submittedAt) + " while you were deciding, so nothing of yours was saved; reload "
                    + "to see it, and amend it with a reason if it needs changing.");
        }
        if (latest != null && latest.isSubmitted()) {
            throw InvalidInput.of("form", "You submitted this card " + Times.format(latest.submittedAt)
                    + "; to change it, amend it with a reason.");
        }
        return latest != null ? latest
                : Scorecard.draft(application, stage, me, InterviewKit.currentFor(stage, application.opening.roleType));
    }

    private static void requireStart(Instant startsAt) {
        if (startsAt == null) {
            throw InvalidInput.of("startsAt", "Give the date and time of the interview.");
        }
    }

    /** The length asked for, or {@code otherwise} when none is; 5 to 600 minutes. */
    private static int length(Integer asked, int otherwise) {
        int duration = asked == null ? otherwise : asked;
        if (duration < 5 || duration > MAX_MINUTES) {
            throw InvalidInput.of("durationMinutes", "Use a length from 5 to 600 minutes.");
        }
        return duration;
    }

    /**
     * The assignment, held until commit: changes of one interview happen one after another, each with the next
     * calendar SEQUENCE, and the reminder job (which skips held rows) never writes over them.
     */
    private static Assignment locked(long id) {
        return Found.or404(Assignment.findById(id, LockModeType.PESSIMISTIC_WRITE), "interview assignment", id);
    }

    public static Application application(long id) {
        return Found.or404(Application.findById(id), "application", id);
    }
}
