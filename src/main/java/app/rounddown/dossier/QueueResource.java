package app.rounddown.dossier;

import app.rounddown.access.Access;
import app.rounddown.notes.MentionQueue;
import app.rounddown.people.CurrentUser;
import app.rounddown.people.User;
import app.rounddown.pipeline.Application;
import app.rounddown.pipeline.ApplicationStatus;
import app.rounddown.pipeline.Stage;
import app.rounddown.scorecard.Assignment;
import app.rounddown.scorecard.Gate;
import app.rounddown.scorecard.Scorecard;
import app.rounddown.superday.SuperDay;
import app.rounddown.superday.SuperDayStatus;
import app.rounddown.web.Capped;
import io.quarkus.panache.common.Parameters;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/**
 * The queues: notes that mention me (everyone's), hiring decisions due, offers awaiting my approval and offers underway, and for recruiters the candidates
 * whose cards are all in and the cards that are overdue.
 */
@Path("/queues")
@Produces(MediaType.TEXT_HTML)
public class QueueResource {
    static final int LIMIT = 100;

    @Inject
    CurrentUser current;
    @Inject
    Access access;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queues(Capped<Application> needsDecision, Capped<Assignment> overdue,
                                              Capped<SuperDay> decisionsDue, QueueOffers offers, Instant now,
                                              List<MentionQueue.Mention> mentions);
    }

    @GET
    public TemplateInstance queues() {
        User viewer = current.require();
        List<MentionQueue.Mention> mentions = MentionQueue.unseenBy(viewer.id);
        if (!access.readsPipeline()) {
            // An interviewer's queue holds only the notes that mention them.
            return Templates.queues(Capped.none(), Capped.none(), Capped.none(), null, Instant.now(), mentions);
        }
        Instant now = Instant.now();
        if (!access.isStaff()) {
            // Decisions due and offers; the candidates ready for a decision and the overdue cards are the staff's
            // (the template shows them under the same rule).
            return Templates.queues(Capped.none(), Capped.none(), decisionsDue(now), QueueOffers.of(viewer), now, mentions);
        }
        Capped<Application> needsDecision = Capped.of(Application.<Application>find("from Application a join fetch a.candidate "
                + "join fetch a.opening where a.status = ?1 and a.stage in ?2 "
                + "and exists (select 1 from Scorecard s where s.application = a and s.stage = a.stage "
                + "and s.submittedAt is not null) "
                + "and not exists (select 1 from Assignment x where x.application = a and x.stage = a.stage "
                + "and x.excusedAt is null and not exists (select 1 from Scorecard s2 where s2.application = a "
                + "and s2.stage = a.stage and s2.interviewer = x.interviewer and s2.submittedAt is not null)) "
                + "order by a.stageEnteredAt", ApplicationStatus.ACTIVE, Gate.INTERVIEW_STAGES).page(0, LIMIT + 1).list(), LIMIT);
        Capped<Assignment> overdue = Capped.of(Assignment.<Assignment>find("from Assignment x join fetch x.interviewer "
                + "join fetch x.application a join fetch a.candidate where x.excusedAt is null and x.cardSubmitted = false "
                + "and x.cardDue < ?1 and a.status = ?2 order by x.startsAt", now, ApplicationStatus.ACTIVE)
                .page(0, LIMIT + 1).list(), LIMIT);
        return Templates.queues(needsDecision, overdue, decisionsDue(now), QueueOffers.of(viewer), now, mentions);
    }

    /**
     * SuperDays that have ended with the hiring manager's decision still to make, oldest first; a hiring
     * manager sees those of their own openings.
     */
    private Capped<SuperDay> decisionsDue(Instant now) {
        User viewer = current.require();
        boolean everyone = access.isStaff();
        String mine = everyone ? "" : "and o.hiringManager.id = :viewer ";
        Parameters parameters = Parameters.with("stage", Stage.SUPERDAY)
                .and("active", ApplicationStatus.ACTIVE).and("cancelled", SuperDayStatus.CANCELLED)
                .and("now", now);
        if (!everyone) {
            parameters.and("viewer", viewer.id);
        }
        return Capped.of(SuperDay.<SuperDay>find("from SuperDay s "
                        + "join fetch s.application a join fetch a.candidate join fetch a.opening o "
                        + "where a.stage = :stage and a.status = :active and s.status <> :cancelled and s.endsAt <= :now "
                        + mine + "order by s.endsAt", parameters)
                .page(0, LIMIT + 1).list(), LIMIT);
    }
}
