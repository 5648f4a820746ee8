package app.rounddown.superday;

import app.rounddown.web.Spreadsheet;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Finance's view: every SuperDay fee that is due, by payment batch (the 15th or the month's end), and as CSV. */
@Path("/payments")
public class PaymentResource {

    public record Batch(LocalDate dueBy, List<SuperDay> days) {
        /** Totals per currency, since fees may be in several. */
        public Map<String, BigDecimal> totals() {
            Map<String, BigDecimal> totals = new TreeMap<>();
            days.forEach(d -> totals.merge(d.fee.currency(), d.amountDue().amount(), BigDecimal::add));
            return totals;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance payments(List<Batch> batches);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance payments() {
        return Templates.payments(batches(Instant.now()));
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    public Response export() {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("batch_due_by", "candidate",
                "opening", "superday_ended", "reason", "amount", "currency", "donate_to_charity", "payment_details_collected",
                "tax_form", "tax_form_received", "superday_id").get())) {
            for (Batch batch : batches(Instant.now())) {
                for (SuperDay day : batch.days()) {
                    csv.printRecord(batch.dueBy(), Spreadsheet.safe(day.application.candidate.name), Spreadsheet.safe(day.application.opening.title),
                            day.endsAt.atZone(day.zone()).toLocalDate(), day.isCancelled() ? "cancellation fee" : "SuperDay fee",
                            day.amountDue().amount(), day.fee.currency(), day.donateFee ? "yes" : "no",
                            day.paymentDetailsCollected ? "yes" : "no", day.taxFormNeeded() ? day.taxForm.label() : "none",
                            day.taxFormNeeded() ? (day.taxFormReceived ? "yes" : "no") : "", day.id);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(out.toString(), "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"superday-payments-due.csv\"").build();
    }

    static List<Batch> batches(Instant now) {
        Map<LocalDate, List<SuperDay>> byBatch = new TreeMap<>();
        for (SuperDay day : SuperDayListPage.due(now)) {
            byBatch.computeIfAbsent(day.payBy(), d -> new ArrayList<>()).add(day);
        }
        List<Batch> batches = new ArrayList<>();
        byBatch.forEach((dueBy, days) -> batches.add(new Batch(dueBy, days)));
        return batches;
    }

}
