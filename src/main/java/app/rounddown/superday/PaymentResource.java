package app.rounddown.superday;

import app.rounddown.web.Flash;
import app.rounddown.web.FormData;
import app.rounddown.web.InvalidInput;
import app.rounddown.web.LostRace;
import app.rounddown.web.Spreadsheet;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
        /** Whether every day of the batch can be paid now. */
        public boolean payable() {
            return !days.isEmpty() && days.stream().allMatch(day -> day.notPayableBecause().isEmpty());
        }

        /** Totals per currency, since fees may be in several. */
        public Map<String, BigDecimal> totals() {
            Map<String, BigDecimal> totals = new TreeMap<>();
            days.forEach(d -> totals.merge(d.fee.currency(), d.amountDue().amount(), BigDecimal::add));
            return totals;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance payments(List<Batch> batches, LocalDate today);

        static native TemplateInstance batch(Batch batch, LocalDate paidOn, String problem);
    }

    @Inject
    SuperDayPayments payments;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance payments() {
        return Templates.payments(batches(Instant.now()), LocalDate.now());
    }

    /** Asks first: the batch as it is now, the date it will be marked paid on, and what holds it. Writes nothing. */
    @GET
    @Path("batch")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance confirmBatch(@QueryParam("dueBy") String dueBy, @QueryParam("paidOn") String paidOn) {
        return Templates.batch(batch(date(dueBy, "dueBy", "Choose a payment batch from the payments page.")),
                paidOn == null || paidOn.isBlank() ? LocalDate.now()
                        : date(paidOn, "paidOn", "Give the date the batch was paid, such as 2026-12-15."), null);
    }

    @POST
    @Path("batch")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response markBatchPaid(MultivaluedMap<String, String> posted) {
        FormData form = FormData.of(posted);
        LocalDate dueBy = date(form.get("dueBy"), "dueBy", "Choose a payment batch from the payments page.");
        LocalDate paidOn = form.date("paidOn");
        List<SuperDayPayments.Seen> seen = new ArrayList<>();
        for (String day : form.all("day")) {
            String[] parts = day.split(":");
            try {
                seen.add(new SuperDayPayments.Seen(Long.parseLong(parts[0]), Integer.parseInt(parts[1])));
            } catch (RuntimeException e) {
                throw InvalidInput.of("batch", "This batch's list is damaged; open it again from the payments page.");
            }
        }
        try {
            List<SuperDay> paid = payments.markBatchPaid(seen, paidOn);
            return Flash.success("/payments", paid.size() + (paid.size() == 1 ? " SuperDay" : " SuperDays")
                    + " of the batch due by " + dueBy + " marked paid on " + paidOn + ".");
        } catch (InvalidInput e) {
            return Response.status(400).entity(Templates.batch(batch(dueBy), paidOn == null ? LocalDate.now() : paidOn,
                    e.errors().asList().get(0).message())).build();
        } catch (LostRace e) {
            return Response.status(409).entity(Templates.batch(batch(dueBy), paidOn, e.getMessage())).build();
        }
    }

    private static Batch batch(LocalDate dueBy) {
        return batches(Instant.now()).stream().filter(batch -> batch.dueBy().equals(dueBy)).findFirst()
                .orElse(new Batch(dueBy, List.of()));
    }

    private static LocalDate date(String value, String field, String message) {
        try {
            return LocalDate.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(field, message);
        }
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
