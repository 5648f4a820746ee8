package app.rounddown.pipeline;

import app.rounddown.access.Managed;
import app.rounddown.candidate.Candidate;
import app.rounddown.opening.Opening;
import app.rounddown.web.ActionNotAllowed;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/** One candidate in the hiring process of one opening. Every change goes through a method here and leaves an event. */
@Entity
public class Application extends PanacheEntityBase implements Managed {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "candidate_id", updatable = false)
    public Candidate candidate;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "opening_id", updatable = false)
    public Opening opening;
    @Enumerated(EnumType.STRING)
    public Stage stage;
    @Enumerated(EnumType.STRING)
    public ApplicationStatus status;
    public Instant stageEnteredAt;
    @Column(updatable = false)
    public Instant createdAt;
    /** When a recruiter first opened it; null only for a careers-page application nobody has opened (read-only here). */
    @Column(insertable = false, updatable = false)
    public Instant openedAt;
    @Version
    public int version;

    public static Application start(Candidate candidate, Opening opening, String actor, Instant now) {
        Application application = new Application();
        application.candidate = candidate;
        application.opening = opening;
        application.stage = Stage.APPLIED;
        application.status = ApplicationStatus.ACTIVE;
        application.stageEnteredAt = now;
        application.createdAt = now;
        application.persist();
        ApplicationEvent.record(application,
                new Transition(EventKind.APPLIED, null, null, Stage.APPLIED, ApplicationStatus.ACTIVE), null, actor, now);
        return application;
    }

    public static Optional<Application> findFor(Candidate candidate, Opening opening) {
        return find("candidate = ?1 and opening = ?2", candidate, opening).firstResultOptional();
    }

    /** The status as last committed, read without waiting for anyone's lock on the row. */
    static Optional<ApplicationStatus> statusNow(long id) {
        return getEntityManager().createQuery("select a.status from Application a where a.id = :id", ApplicationStatus.class)
                .setParameter("id", id).getResultList().stream().findFirst();
    }

    /** Loads the application for a change, holding its row until the transaction ends, so changes queue up. */
    public static Optional<Application> lockForChange(long id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    public ApplicationEvent moveTo(Stage to, Seen seen, String actor, Instant now) {
        requireCurrent(seen);
        return apply(StageRules.move(stage, status, to), null, actor, now);
    }

    /** A move forward the interview gate refused, let through by someone allowed to, with their reason. */
    public ApplicationEvent overrideForward(String reason, Seen seen, String actor, Instant now) {
        requireCurrent(seen);
        Stage next = stage.next().orElseThrow(() -> new ActionNotAllowed("There is no stage after " + stage.label() + "."));
        Transition move = StageRules.move(stage, status, next);
        Transition overridden = new Transition(move.kind() == EventKind.HIRED ? EventKind.HIRED : EventKind.OVERRIDDEN,
                move.fromStage(), move.fromStatus(), move.toStage(), move.toStatus());
        return apply(overridden, new Reason(OverrideReason.OVERRIDE, reason), actor, now);
    }

    public ApplicationEvent reject(Reason reason, Seen seen, String actor, Instant now) {
        requireCurrent(seen);
        return apply(StageRules.reject(stage, status), reason, actor, now);
    }

    public ApplicationEvent withdraw(Reason reason, Seen seen, String actor, Instant now) {
        requireCurrent(seen);
        return apply(StageRules.withdraw(stage, status), reason, actor, now);
    }

    public ApplicationEvent reopen(Seen seen, String actor, Instant now) {
        requireCurrent(seen);
        return apply(StageRules.reopen(stage, status), null, actor, now);
    }

    private void requireCurrent(Seen seen) {
        if (!seen.matches(this)) {
            throw ApplicationEvent.latestOf(this).map(latest -> new StaleView(this, latest))
                    .orElseGet(() -> new StaleView(this));
        }
    }

    private ApplicationEvent apply(Transition transition, Reason reason, String actor, Instant now) {
        stage = transition.toStage();
        status = transition.toStatus();
        if (transition.changesStage()) {
            stageEnteredAt = now;
        }
        return ApplicationEvent.record(this, transition, reason, actor, now);
    }

    @Override
    public Long hiringManagerId() {
        return opening.hiringManagerId();
    }

    @Override
    public Long secondApproverId() {
        return opening.secondApproverId();
    }
}
