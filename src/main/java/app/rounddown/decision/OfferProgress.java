package app.rounddown.decision;

import io.quarkus.hibernate.orm.panache.Panache;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where an offer stands, without its pay: what the candidate page and the queues show to everyone who may read
 * the pipeline, recruiters included. Pay stays on the offer page, for the approvers and admins.
 */
public record OfferProgress(long applicationId, OfferStatus status, String hiringManager, String secondApprover,
                            Instant managerApprovedAt, Instant secondApprovedAt, Instant sentAt, Instant answeredAt,
                            Instant approvalsResetAt) {

    /** The offers of these applications, by application, in one statement. */
    public static Map<Long, OfferProgress> of(Collection<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return Map.of();
        }
        return Panache.getEntityManager().createQuery("select new " + OfferProgress.class.getName() + "(a.id, f.status, "
                        + "hm.name, sa.name, f.managerApprovedAt, f.secondApprovedAt, f.sentAt, f.answeredAt, "
                        + "f.approvalsResetAt) from Offer f join f.application a join a.opening o "
                        + "left join o.hiringManager hm left join o.secondApprover sa where a.id in :ids", OfferProgress.class)
                .setParameter("ids", applicationIds).getResultStream()
                .collect(Collectors.toMap(OfferProgress::applicationId, Function.identity()));
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
