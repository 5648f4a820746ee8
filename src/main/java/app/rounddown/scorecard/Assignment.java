package app.rounddown.scorecard;

import app.rounddown.people.User;
import app.rounddown.pipeline.Application;
import app.rounddown.pipeline.Stage;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** An interviewer asked to interview one candidate at one stage, at a time. */
@Entity
@Table(name = "interview_assignment")
public class Assignment extends PanacheEntityBase {
    /** A scorecard is due this long after the interview starts. */
    public static final Duration CARD_DUE_AFTER = Duration.ofHours(24);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    public Application application;
    @Enumerated(EnumType.STRING)
    public Stage stage;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "interviewer_id")
    public User interviewer;
    public Instant startsAt;
    public int durationMinutes;
    public String excusedReason;
    public String excusedBy;
    public Instant excusedAt;
    @Column(updatable = false)
    public Instant createdAt = Instant.now();
    /**
     * Counts the changes of the interview's time and its excusal: the iCalendar SEQUENCE of the calendar files sent for
     * it, so each replaces the one before, and the version a recruiter changing the time started from.
     */
    public int calendarSequence;
    /** When the candidate was sent their own invitation to this interview, if they were. */
    public Instant candidateInvitedAt;
    /** When the interviewer was first reminded of a missing card (or when it first went into their daily digest). */
    public Instant remindedAt;
    /** Demo data, loaded without anyone acting: nobody is reminded of its cards. */
    public boolean remindersOff;

    public static Assignment schedule(Application application, Stage stage, User interviewer, Instant startsAt,
                                      int durationMinutes) {
        Assignment assignment = new Assignment();
        assignment.application = application;
        assignment.stage = stage;
        assignment.interviewer = interviewer;
        assignment.startsAt = startsAt;
        assignment.durationMinutes = durationMinutes;
        assignment.persist();
        return assignment;
    }

    /** The interview takes place at another time; its card is reminded of afresh, from the new end. */
    public void moveTo(Instant newStart, int newDurationMinutes) {
        startsAt = newStart;
        durationMinutes = newDurationMinutes;
        remindedAt = null;
        calendarSequence++;
    }

    public void excuse(String reason, String by, Instant at) {
        excusedReason = reason;
        excusedBy = by;
        excusedAt = at;
        calendarSequence++;
    }

    public Instant endsAt() {
        return startsAt.plusSeconds(durationMinutes * 60L);
    }

    public boolean isExcused() {
        return excusedAt != null;
    }

    public Instant cardDueAt() {
        return startsAt.plus(CARD_DUE_AFTER);
    }

    public boolean isAssigned(User user) {
        return interviewer.id.equals(user.id);
    }
}
