package app.rounddown.superday;

import app.rounddown.web.Flash;
import app.rounddown.web.FormData;
import app.rounddown.web.InvalidInput;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * What recruiters do on the SuperDay page: release, status, checklist, payment, cancellation and the link. The
 * page asks first for the ones that cannot be taken back ({@link SuperDayConfirmations}); these are their answers.
 */
@Path("/superdays")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class SuperDayActions {
    @Inject
    TaskReleases release;
    @Inject
    SuperDayStatuses statuses;
    @Inject
    SuperDayPayments payments;
    @Inject
    PortalLinks links;
    @Inject
    SuperDayPages pages;
    @Context
    UriInfo uri;

    @POST
    @Path("{id}/release")
    public Response release(long id) {
        return Flash.outcome(page(id), () -> {
            release.releaseEarly(id);
            return "Task released. The candidate sees it on their page now.";
        });
    }

    @POST
    @Path("{id}/status")
    public Response status(long id, MultivaluedMap<String, String> posted) {
        FormData form = FormData.of(posted);
        return Flash.outcome(page(id), () -> "SuperDay marked " + statuses.changeStatus(id, form.number("version"),
                form.choice("status", SuperDayStatus.class)).status.label().toLowerCase() + ".");
    }

    @POST
    @Path("{id}/cancellation")
    public Response cancel(long id, MultivaluedMap<String, String> posted) {
        FormData form = FormData.of(posted);
        try {
            statuses.cancel(id, form.number("version"), form.text("reason"), !"candidate".equals(form.text("cancelledBy")));
            return Flash.success(page(id), "SuperDay cancelled. "
                    + CandidateMail.told(SuperDays.find(id).application.candidate,
                    "cancellation") + " Each participant is e-mailed a calendar cancellation.");
        } catch (InvalidInput refused) {
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE)
                    .entity(SuperDayConfirmations.cancellationPage(SuperDays.find(id), form, refused.errors())).build();
        }
    }

    @POST
    @Path("{id}/checklist")
    public Response checklist(long id, MultivaluedMap<String, String> posted) {
        FormData form = FormData.of(posted);
        return Flash.outcome(page(id), () -> {
            statuses.tick(id, form.number("version"), new SuperDayStatuses.Checklist(form.text("contractChecked") != null,
                    form.text("channelCreated") != null, form.text("holdsSent") != null,
                    form.text("kickoffInviteSent") != null));
            return "Checklist saved.";
        });
    }

    @POST
    @Path("{id}/payment")
    public Response payment(long id, MultivaluedMap<String, String> posted) {
        FormData form = FormData.of(posted);
        try {
            payments.recordPayment(id, form.number("version"), new SuperDayPayments.Payment(form.text("donateFee") != null,
                    form.text("detailsCollected") != null, form.choice("taxForm", TaxForm.class),
                    form.text("taxFormReceived") != null, form.date("paidOn")));
            return Flash.success(page(id), "Payment details saved.");
        } catch (InvalidInput refused) {
            return refused(pages.of(id, uri.getBaseUri()).withPaymentRefused(form, refused.errors()));
        }
    }

    @POST
    @Path("{id}/links")
    public Response newLink(long id) {
        return Flash.outcome(page(id), () -> {
            links.newLink(id);
            return "A new candidate link is ready; the old one no longer works. "
                    + CandidateMail.told(SuperDays.find(id).application.candidate, "new link");
        });
    }

    @POST
    @Path("{id}/link-revocation")
    public Response revoke(long id) {
        return Flash.outcome(page(id), () -> {
            links.revokeLink(id);
            return "The candidate link is revoked. Make a new one to share again.";
        });
    }

    /** Shown again with 400: what was typed stays, and each message sits beside its field. */
    private static Response refused(SuperDayPage page) {
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(SuperDayResource.Templates.superday(page)).build();
    }

    private static String page(long id) {
        return "/superdays/" + id;
    }
}
