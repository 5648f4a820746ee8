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
    /** A SuperDay card is due this long after the day ends: the reviewers see the candidate's output first. */
    public static final Duration SUPERDAY_CARD_GRACE = Duration.ofHours(24);

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
    /** Whether this interviewer's card for the stage is in; kept by the database (V38), read by the queues. */
    @Column(insertable = false, updatable = false)
    public boolean cardSubmitted;
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
    /** When the card is late: 24 hours after the interview starts, or after the SuperDay ends (see {@link #dueAfterDayEnds}). */
    @Column(name = "card_due_at")
    public Instant cardDue;

    public static Assignment schedule(Application application, Stage stage, User interviewer, Instant startsAt,
                                      int durationMinutes) {
        Assignment assignment = new Assignment();
        assignment.application = application;
        assignment.stage = stage;
        assignment.interviewer = interviewer;
        assignment.startsAt = startsAt;
        assignment.durationMinutes = durationMinutes;
        assignment.cardDue = startsAt.plus(CARD_DUE_AFTER);
        assignment.persist();
        return assignment;
    }

    /** The interview takes place at another time; its card is reminded of afresh, from the new end. */
    public void moveTo(Instant newStart, int newDurationMinutes) {
        startsAt = newStart;
        durationMinutes = newDurationMinutes;
        remindedAt = null;
        calendarSequence++;
        if (stage != Stage.SUPERDAY || cardDue.isBefore(newStart.plus(CARD_DUE_AFTER))) {
            cardDue = newStart.plus(CARD_DUE_AFTER);
        }
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
        return cardDue;
    }

    /**
     * A SuperDay card is written about the whole day, the output included, so it is due after the day ends
     * (issue 17: a card was shown overdue on 29 Nov for a SuperDay on 8 Dec).
     */
    public void dueAfterDayEnds(Instant dayEnds) {
        cardDue = dayEnds.plus(SUPERDAY_CARD_GRACE);
    }

    public boolean isAssigned(User user) {
        return interviewer.id.equals(user.id);
    }
}
