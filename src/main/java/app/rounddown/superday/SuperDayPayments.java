package app.rounddown.superday;

import app.rounddown.audit.Audit;
import app.rounddown.web.InvalidInput;
import app.rounddown.web.LostRace;
import app.rounddown.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What finance needs of a SuperDay: whether the fee is donated, details and tax form collected, when it was paid. */
@ApplicationScoped
public class SuperDayPayments {
    @Inject
    Audit audit;

    public record Payment(boolean donateFee, boolean detailsCollected, TaxForm taxForm, boolean taxFormReceived,
                          LocalDate paidOn) {
    }

    static final String BATCH_CHANGED = "A SuperDay of this batch was paid, edited or cancelled after you opened the "
            + "page, so nothing was marked paid. Look at the batch again and mark it paid if it is still right.";

    /** One SuperDay of a batch as the page showed it: its id and the version the person saw. */
    public record Seen(long id, int version) {
    }

    /**
     * Marks a whole batch paid on one date: every day the page showed, or none of them. A day changed since (paid,
     * details edited, cancelled) refuses the lot, so nobody pays from an outdated list; a day that cannot be paid yet
     * is named.
     */
    @Transactional
    public List<SuperDay> markBatchPaid(List<Seen> seen, LocalDate paidOn) {
        if (seen.isEmpty()) {
            throw InvalidInput.of("batch", "This batch has no SuperDays to mark paid.");
        }
        if (paidOn == null || paidOn.isAfter(LocalDate.now().plusDays(1))) {
            throw InvalidInput.of("paidOn", "Give the date the batch was paid; it cannot be in the future.");
        }
        List<SuperDay> days = SuperDay.<SuperDay>list("id in ?1 order by id", seen.stream().map(Seen::id).toList());
        Map<Long, Integer> versions = new HashMap<>();
        seen.forEach(day -> versions.put(day.id(), day.version()));
        if (days.size() != seen.size()) {
            throw new LostRace(BATCH_CHANGED);
        }
        for (SuperDay day : days) {
            SuperDay.getEntityManager().lock(day, LockModeType.PESSIMISTIC_WRITE);
            if (day.version != versions.get(day.id) || day.paidOn != null) {
                throw new LostRace(BATCH_CHANGED);
            }
            Optional<String> why = day.notPayableBecause();
            if (why.isPresent()) {
                throw InvalidInput.of("batch", day.application.candidate.name + ": " + why.get()
                        + ", so the batch was not marked paid. Record it on their SuperDay page, or pay the others one by one.");
            }
        }
        for (SuperDay day : days) {
            Map<String, Object> before = day.snapshot();
            day.paidOn = paidOn;
            audit.changed("superday", day.id, "SuperDay paid in a batch", before, day.snapshot(), day.application.candidate.id);
        }
        return days;
    }

    @Transactional
    public SuperDay recordPayment(long id, Integer seenVersion, Payment payment) {
        SuperDay day = SuperDays.find(id);
        Versions.requireUnchanged(seenVersion, day.version);
        if (payment.taxForm() == null) {
            throw InvalidInput.of("taxForm", "Choose which tax form is needed, or \u201cNone needed\u201d.");
        }
        if (payment.paidOn() != null && payment.paidOn().isAfter(LocalDate.now().plusDays(1))) {
            throw InvalidInput.of("paidOn", "The payment date cannot be in the future.");
        }
        Map<String, Object> before = day.snapshot();
        day.donateFee = payment.donateFee();
        day.paymentDetailsCollected = payment.detailsCollected();
        day.taxForm = payment.taxForm();
        day.taxFormReceived = payment.taxFormReceived();
        day.paidOn = payment.paidOn();
        audit.changed("superday", day.id, "SuperDay payment", before, day.snapshot(), day.application.candidate.id);
        return day;
    }
}
