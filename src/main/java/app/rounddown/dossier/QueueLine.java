package app.rounddown.dossier;

import app.rounddown.access.Managed;
import app.rounddown.decision.OfferProgress;
import app.rounddown.pipeline.Stage;
import java.time.Instant;

/**
 * One candidate in a queue, read as the plain values the line shows: who, in which opening and stage, since when (or,
 * for a decision due, when the SuperDay ended), and where their offer stands on the offer lists.
 */
public record QueueLine(long applicationId, long candidateId, String candidateName, String openingTitle, Stage stage,
                        Instant at, Long hiringManagerId, Long secondApproverId, OfferProgress offer) implements Managed {

    /**
     * The HQL columns {@link #read} takes, naming the application {@code a}, its candidate {@code c}, its opening
     * {@code o} and the time the line is about; then, when {@code withOffer}, the offer's columns (which name the offer
     * {@code f} and the opening's approvers {@code hm} and {@code sa}, joined by the query).
     */
    static String columns(String at, boolean withOffer) {
        // The approvers' ids without joining them: each join more costs the planner on every view (the queues' four
        // statements were planned afresh each time, 10 ms together, more than they took to run).
        return "a.id, c.id, c.name, o.title, a.stage, " + at + ", o.hiringManager.id, o.secondApprover.id"
                + (withOffer ? ", " + OfferProgress.COLUMNS : "");
    }

    /** The joins {@link #columns} names. */
    static final String JOINS = "join a.candidate c join a.opening o ";

    static QueueLine read(Object[] row) {
        return new QueueLine((Long) row[0], (Long) row[1], (String) row[2], (String) row[3], (Stage) row[4],
                (Instant) row[5], (Long) row[6], (Long) row[7], row.length > 8 ? OfferProgress.read(row, 8) : null);
    }
}
