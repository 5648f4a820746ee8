package app.rounddown.dossier;

import app.rounddown.access.Access;
import app.rounddown.decision.DecisionClock;
import app.rounddown.notes.MentionQueue;
import app.rounddown.people.CurrentUser;
import app.rounddown.people.User;
import app.rounddown.pipeline.Application;
import app.rounddown.pipeline.ApplicationStatus;
import app.rounddown.pipeline.Stage;
import app.rounddown.scorecard.Assignment;
import app.rounddown.scorecard.Gate;
import app.rounddown.superday.SuperDay;
import app.rounddown.web.Capped;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The queues: notes that mention me (everyone's), hiring decisions due, offers awaiting my approval and offers underway, and for recruiters the candidates
 * whose cards are all in and the cards that are overdue.
 */
@Path("/queues")
@Produces(MediaType.TEXT_HTML)
public class QueueResource {
    static final int LIMIT = 100;
    // Written into the statements, with the lists' limits, rather than bound: a statement without parameters is planned
    // once per connection, where one with them was planned again on every view (1-2 ms each for these joins).
    private static final String INTERVIEW_STAGES = Gate.INTERVIEW_STAGES.stream().map(Stage::name)
            .collect(Collectors.joining(", "));

    @Inject
    CurrentUser current;
    @Inject
    Access access;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queues(Capped<QueueLine> needsDecision, Capped<OverdueCard> overdue,
                                              Capped<DecisionDue> decisionsDue, QueueOffers offers,
                                              List<MentionQueue.Mention> mentions);
    }

    @GET
    public TemplateInstance queues() {
        User viewer = current.require();
        List<MentionQueue.Mention> mentions = MentionQueue.unseenBy(viewer.id);
        if (!access.readsPipeline()) {
            // An interviewer's queue holds only the notes that mention them.
            return Templates.queues(Capped.none(), Capped.none(), Capped.none(), null, mentions);
        }
        Instant now = Instant.now();
        if (!access.isStaff()) {
            // Decisions due and offers; the candidates ready for a decision and the overdue cards are the staff's
            // (the template shows them under the same rule).
            return Templates.queues(Capped.none(), Capped.none(), decisionsDue(now), QueueOffers.of(viewer, access::seesPay),
                    mentions);
        }
        Capped<QueueLine> needsDecision = Capped.of(Application.getEntityManager().createQuery("select "
                + QueueLine.columns("a.stageEnteredAt", false) + " from Application a " + QueueLine.JOINS
                + "where a.status = ACTIVE and a.stage in (" + INTERVIEW_STAGES + ") "
                + "and exists (select 1 from Scorecard s where s.application = a and s.stage = a.stage "
                + "and s.submittedAt is not null) "
                + "and not exists (select 1 from Assignment x where x.application = a and x.stage = a.stage "
                + "and x.excusedAt is null and x.cardSubmitted = false) "
                + "order by a.stageEnteredAt limit " + (LIMIT + 1), Object[].class).getResultList().stream()
                .map(QueueLine::read).toList(), LIMIT);
        Capped<OverdueCard> overdue = Capped.of(Assignment.getEntityManager().createQuery("select new "
                + OverdueCard.class.getName() + "(i.name, x.stage, c.id, c.name, x.cardDue) from Assignment x "
                + "join x.interviewer i join x.application a join a.candidate c where x.excusedAt is null "
                + "and x.cardSubmitted = false and x.cardDue < ?1 and a.status = ?2 order by x.startsAt", OverdueCard.class)
                .setParameter(1, now).setParameter(2, ApplicationStatus.ACTIVE).setMaxResults(LIMIT + 1).getResultList(),
                LIMIT);
        return Templates.queues(needsDecision, overdue, decisionsDue(now), QueueOffers.of(viewer, access::seesPay),
                mentions);
    }

    /**
     * SuperDays that have ended with the hiring manager's decision still to make, oldest first; a hiring
     * manager sees those of their own openings.
     */
    private Capped<DecisionDue> decisionsDue(Instant now) {
        User viewer = current.require();
        String select = "select " + QueueLine.columns("s.endsAt", false) + " from ";
        TypedQuery<Object[]> due = access.isStaff()
                ? SuperDay.getEntityManager().createQuery(select + "SuperDay s join s.application a " + QueueLine.JOINS
                        + "where a.stage = SUPERDAY and a.status = ACTIVE and s.status <> CANCELLED "
                        + "and s.endsAt <= instant order by s.endsAt, s.id limit " + (LIMIT + 1), Object[].class)
                : SuperDay.getEntityManager().createQuery(select + firstOfTheirOpenings("fk(m.hiringManager) = :viewer",
                        "select s2.id as id, s2.endsAt as at from SuperDay s2 join s2.application a2 "
                                + "where a2.opening = m and a2.stage = SUPERDAY and a2.status = ACTIVE "
                                + "and s2.status <> CANCELLED and s2.endsAt <= instant order by s2.endsAt, s2.id",
                        LIMIT + 1) + " join SuperDay s on s.id = top.id join s.application a " + QueueLine.JOINS
                        + "order by s.endsAt, s.id", Object[].class).setParameter("viewer", viewer.id);
        return Capped.of(due.getResultList().stream().map(QueueLine::read)
                .map(line -> new DecisionDue(line, new DecisionClock(line.at(), now))).toList(), LIMIT);
    }

    /**
     * An HQL derived table {@code top} of the first {@code limit} rows ({@code id}, {@code at}) of the openings
     * {@code mine} picks ({@code m}), read opening by opening: {@code firstRows} lists one opening's rows in order.
     * A hiring manager's lists are read this way, not in order from the index of every active application at the stage
     * and filtered to the manager's openings: at a million candidates that read about 6,000 rows (and joined each to
     * its candidate) for the hundred shown. Each opening's rows stop at the limit, and only the rows shown are joined
     * to what the line shows.
     */
    static String firstOfTheirOpenings(String mine, String firstRows, int limit) {
        return "(select t.id as id, t.at as at from Opening m join lateral (" + firstRows + " limit " + limit + ") t "
                + "where " + mine + " order by t.at, t.id limit " + limit + ") top";
    }

    /** A SuperDay waiting for its decision, with the clock since it ended (each line carries what the page shows). */
    public record DecisionDue(QueueLine line, DecisionClock clock) {
    }

    /** An interview whose card is overdue: who owes it, for which stage and candidate, and since when. */
    public record OverdueCard(String interviewer, Stage stage, long candidateId, String candidateName, Instant dueAt) {
    }
}
