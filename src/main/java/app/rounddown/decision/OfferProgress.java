package app.rounddown.decision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an offer stands, without its pay: what the candidate page and the queues show to everyone who may read
 * the pipeline, recruiters included. Pay stays on the offer page, for the approvers and admins.
 */
public record OfferProgress(long applicationId, OfferStatus status, String hiringManager, String secondApprover,
                            Instant managerApprovedAt, Instant secondApprovedAt, Instant sentAt, Instant answeredAt,
                            Instant approvalsResetAt) {

    /**
     * The columns {@link #read} takes, for an HQL query that calls the application {@code a}, its offer {@code f}
     * (left joined: no offer reads as null) and its opening's hiring manager and second approver {@code hm} and
     * {@code sa} (left joined).
     */
    public static final String COLUMNS = "a.id, f.status, hm.name, sa.name, f.managerApprovedAt, f.secondApprovedAt, "
            + "f.sentAt, f.answeredAt, f.approvalsResetAt";

    /** The offer in a row whose columns from {@code first} on are {@link #COLUMNS}; null when none is drafted. */
    public static OfferProgress read(Object[] row, int first) {
        if (row[first + 1] == null) {
            return null;
        }
        return new OfferProgress((Long) row[first], (OfferStatus) row[first + 1], (String) row[first + 2],
                (String) row[first + 3], (Instant) row[first + 4], (Instant) row[first + 5], (Instant) row[first + 6],
                (Instant) row[first + 7], (Instant) row[first + 8]);
    }

    /** Whose approval a draft still waits for, by name; empty once approved. */
    public List<String> awaiting() {
        List<String> names = new ArrayList<>();
        if (status != OfferStatus.DRAFT) {
            return names;
        }
        if (managerApprovedAt == null) {
            names.add(hiringManager == null ? "the hiring manager (none set on the opening)" : hiringManager);
        }
        if (secondApprovedAt == null) {
            names.add(secondApprover == null ? "a second approver (none set on the opening)" : secondApprover);
        }
        return names;
    }

    public String awaitingText() {
        return String.join(" and ", awaiting());
    }

    /** Where the offer stands, in words: "Draft, awaiting approval from …", "Sent, awaiting the candidate's answer". */
    public String summary() {
        return switch (status) {
            case DRAFT -> "Draft, awaiting approval from " + awaitingText();
            case APPROVED -> "Approved by both approvers, ready to send";
            case SENT -> "Sent, awaiting the candidate's answer";
            case ACCEPTED -> "Accepted";
            case DECLINED -> "Declined by the candidate";
        };
    }

    public boolean accepted() {
        return status == OfferStatus.ACCEPTED;
    }
}
