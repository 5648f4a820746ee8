package app.rounddown.superday;

import app.rounddown.audit.Audit;
import app.rounddown.web.InvalidInput;
import app.rounddown.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;

/** What finance needs of a SuperDay: whether the fee is donated, details and tax form collected, when it was paid. */
@ApplicationScoped
public class SuperDayPayments {
    @Inject
    Audit audit;

    public record Payment(boolean donateFee, boolean detailsCollected, TaxForm taxForm, boolean taxFormReceived,
                          LocalDate paidOn) {
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
