package app.rounddown.superday;

import app.rounddown.web.Flash;
import app.rounddown.web.FormData;
import app.rounddown.web.InvalidInput;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;

/** What recruiters do on the SuperDay page: release, status, checklist, payment, cancellation and the link. */
@Path("/superdays")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class SuperDayActions {
    @Inject
    SuperDays superDays;

    @POST
    @Path("{id}/release")
    public Response release(long id) {
        return act(id, () -> superDays.releaseEarly(id), "Task released. The candidate sees it on their page now.");
    }

    @POST
    @Path("{id}/status")
    public Response status(long id, MultivaluedMap<String, String> posted) {
        FormData form = FormData.of(posted);
        SuperDayStatus to = form.choice("status", SuperDayStatus.class);
        return act(id, () -> superDays.changeStatus(id, form.number("version"), to),
                "SuperDay marked " + (to == null ? "" : to.label().toLowerCase()) + ".");
    }

    @POST
    @Path("{id}/cancellation")
    public Response cancel(long id, MultivaluedMap<String, String> posted) {
        FormData form = FormData.of(posted);
        return act(id, () -> superDays.cancel(id, form.number("version"), form.text("reason"),
                !"candidate".equals(form.text("cancelledBy"))), "SuperDay cancelled.");
    }

    @POST
    @Path("{id}/checklist")
    public Response checklist(long id, MultivaluedMap<String, String> posted) {
        FormData form = FormData.of(posted);
        return act(id, () -> superDays.tick(id, form.number("version"), new SuperDays.Checklist(
                form.text("contractChecked") != null, form.text("channelCreated") != null, form.text("holdsSent") != null,
                form.text("kickoffInviteSent") != null)), "Checklist saved.");
    }

    @POST
    @Path("{id}/payment")
    public Response payment(long id, MultivaluedMap<String, String> posted) {
        FormData form = FormData.of(posted);
        return act(id, () -> superDays.recordPayment(id, form.number("version"), new SuperDays.Payment(
                form.text("donateFee") != null, form.text("detailsCollected") != null,
                form.choice("taxForm", TaxForm.class), form.text("taxFormReceived") != null,
                date(form.text("paidOn")))), "Payment details saved.");
    }

    @POST
    @Path("{id}/links")
    public Response newLink(long id) {
        return act(id, () -> superDays.newLink(id), "A new candidate link is ready; the old one no longer works.");
    }

    @POST
    @Path("{id}/link-revocation")
    public Response revoke(long id) {
        return act(id, () -> superDays.revokeLink(id), "The candidate link is revoked. Make a new one to share again.");
    }

    private static Response act(long id, Supplier<SuperDay> action, String message) {
        try {
            action.get();
            return Flash.success("/superdays/" + id, message);
        } catch (InvalidInput invalid) {
            return Flash.problem("/superdays/" + id, invalid.errors().asList().get(0).message());
        }
    }

    private static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("paidOn", "Give the payment date as a date, such as 2026-11-30.");
        }
    }
}
