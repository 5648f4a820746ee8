package app.rounddown.superday;

import app.rounddown.web.Flash;
import app.rounddown.web.FormData;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/** What recruiters do on the SuperDay page: release, status, checklist, payment, cancellation and the link. */
@Path("/superdays")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class SuperDayActions {
    @Inject
    SuperDays superDays;

    @POST
    @Path("{id}/release")
    public Response release(long id) {
        return Flash.outcome(page(id), () -> {
            superDays.releaseEarly(id);
            return "Task released. The candidate sees it on their page now.";
        });
    }

    @POST
    @Path("{id}/status")
    public Response status(long id, MultivaluedMap<String, String> posted) {
        FormData form = FormData.of(posted);
        return Flash.outcome(page(id), () -> "SuperDay marked " + superDays.changeStatus(id, form.number("version"),
                form.choice("status", SuperDayStatus.class)).status.label().toLowerCase() + ".");
    }

    @POST
    @Path("{id}/cancellation")
    public Response cancel(long id, MultivaluedMap<String, String> posted) {
        FormData form = FormData.of(posted);
        return Flash.outcome(page(id), () -> {
            superDays.cancel(id, form.number("version"), form.text("reason"), !"candidate".equals(form.text("cancelledBy")));
            return "SuperDay cancelled.";
        });
    }

    @POST
    @Path("{id}/checklist")
    public Response checklist(long id, MultivaluedMap<String, String> posted) {
        FormData form = FormData.of(posted);
        return Flash.outcome(page(id), () -> {
            superDays.tick(id, form.number("version"), new SuperDays.Checklist(form.text("contractChecked") != null,
                    form.text("channelCreated") != null, form.text("holdsSent") != null,
                    form.text("kickoffInviteSent") != null));
            return "Checklist saved.";
        });
    }

    @POST
    @Path("{id}/payment")
    public Response payment(long id, MultivaluedMap<String, String> posted) {
        FormData form = FormData.of(posted);
        return Flash.outcome(page(id), () -> {
            superDays.recordPayment(id, form.number("version"), new SuperDays.Payment(form.text("donateFee") != null,
                    form.text("detailsCollected") != null, form.choice("taxForm", TaxForm.class),
                    form.text("taxFormReceived") != null, form.date("paidOn")));
            return "Payment details saved.";
        });
    }

    @POST
    @Path("{id}/links")
    public Response newLink(long id) {
        return Flash.outcome(page(id), () -> {
            superDays.newLink(id);
            return "A new candidate link is ready; the old one no longer works.";
        });
    }

    @POST
    @Path("{id}/link-revocation")
    public Response revoke(long id) {
        return Flash.outcome(page(id), () -> {
            superDays.revokeLink(id);
            return "The candidate link is revoked. Make a new one to share again.";
        });
    }

    private static String page(long id) {
        return "/superdays/" + id;
    }
}
