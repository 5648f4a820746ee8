package app.rounddown.pipeline;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.Immutable;

/** One change of stage or status. Written once, never changed (the table refuses updates and deletes). */
@Entity
@Immutable
public class ApplicationEvent extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    public Application application;
    @Enumerated(EnumType.STRING)
    public EventKind kind;
    public String actor;
    public Instant occurredAt;
    @Enumerated(EnumType.STRING)
    public Stage fromStage;
    @Enumerated(EnumType.STRING)
    public Stage toStage;
    @Enumerated(EnumType.STRING)
    public ApplicationStatus fromStatus;
    @Enumerated(EnumType.STRING)
    public ApplicationStatus toStatus;
    public String reasonCategory;
    public String reason;

    static ApplicationEvent record(Application application, Transition transition, Reason reason, String actor,
                                   Instant at) {
        ApplicationEvent event = new ApplicationEvent();
        event.application = application;
        event.kind = transition.kind();
        event.fromStage = transition.fromStage();
        event.fromStatus = transition.fromStatus();
        event.toStage = transition.toStage();
        event.toStatus = transition.toStatus();
        event.actor = actor;
        event.occurredAt = at;
        if (reason != null) {
            event.reasonCategory = reason.category().name();
            event.reason = reason.text();
        }
        event.persist();
        return event;
    }

    public static Optional<ApplicationEvent> latestOf(Application application) {
        return find("application = ?1 order by occurredAt desc, id desc", application).firstResultOptional();
    }

    /** The newest events of several applications, one statement, newest first. */
    public static List<ApplicationEvent> timelineOf(List<Long> applicationIds, int limit) {
        if (applicationIds.isEmpty()) {
            return List.of();
        }
        return find("application.id in ?1 order by occurredAt desc, id desc", applicationIds).page(0, limit).list();
    }

    /** What happened, in words: "moved from Culture interview to Technical interview". */
    public String describe() {
        return describe(kind, fromStage, toStage);
    }

    /** The same words for an event read as plain columns. */
    public static String describe(EventKind kind, Stage fromStage, Stage toStage) {
        return switch (kind) {
            case APPLIED -> "added at " + toStage.label();
            case MOVED -> "moved from " + fromStage.label() + " to " + toStage.label();
            case HIRED -> "marked hired";
            case REJECTED -> "rejected at " + toStage.label();
            case WITHDRAWN -> "withdrawn at " + toStage.label();
            case REOPENED -> "reopened at " + toStage.label();
            case OVERRIDDEN -> "moved from " + fromStage.label() + " to " + toStage.label() + " by override";
        };
    }

    public String reasonLabel() {
        return reasonLabel(kind, reasonCategory);
    }

    /** The words for a stored reason category of an event of this kind; null when there is none. */
    public static String reasonLabel(EventKind kind, String reasonCategory) {
        if (kind == EventKind.OVERRIDDEN || OverrideReason.OVERRIDE.name().equals(reasonCategory)) {
            return "Override";
        }
        if (reasonCategory == null) {
            return null;
        }
        return kind == EventKind.WITHDRAWN
                ? WithdrawalReason.valueOf(reasonCategory).label()
                : RejectionReason.valueOf(reasonCategory).label();
    }
}
