package app.rounddown.decision;

import app.rounddown.opening.RoleType;
import app.rounddown.people.CurrentUser;
import app.rounddown.people.User;
import app.rounddown.pipeline.Application;
import app.rounddown.web.FieldErrors;
import app.rounddown.web.Flash;
import app.rounddown.web.FormData;
import app.rounddown.web.Found;
import app.rounddown.web.HtmxRequests;
import app.rounddown.web.InvalidInput;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** The offer of one application: terms from the pay plan, approvals and the answer. Pay is never shown to others. */
@Path("/offers")
@Produces(MediaType.TEXT_HTML)
public class OfferResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance offer(OfferPage page);

        static native TemplateInstance memberForms(Application application, TeamMember m, RosterInput roster);

        static native TemplateInstance memberForms$panel(Application application, TeamMember m, RosterInput roster);
    }

    @Inject
    Offers offers;
    @Inject
    TeamRosters rosters;
    @Inject
    CurrentUser current;

    @GET
    @Path("{id}")
    public TemplateInstance show(long id) {
        Application application = Found.or404(Application.<Application>findById(id), "application", id);
        Offer offer = Offer.of(id).orElse(null);
        return Templates.offer(OfferPage.of(application, offer, formOf(application, offer), FieldErrors.none(),
                current.require()));
    }

    /**
     * A team member's roster forms (a quarter's attainment, the last day), loaded into the roster when asked for: the
     * page then carries no form per member. Without JavaScript, a small page of its own that returns to the offer.
     */
    @GET
    @Path("{id}/team/{memberId}/forms")
    public TemplateInstance memberForms(long id, long memberId, @HeaderParam(HtmxRequests.HEADER) String htmx) {
        Application application = Found.or404(Application.<Application>findById(id), "application", id);
        Offer offer = Offer.of(id).orElse(null);
        User teamManager = OfferPage.teamManagerOf(application, offer);
        TeamMember member = TeamMember.findById(memberId);
        if (member == null || teamManager == null || !teamManager.id.equals(member.manager.id)
                || !OfferPage.listed(member, offer)) {
            throw new NotFoundException("There is no member " + memberId + " on this offer's team.");
        }
        return HtmxRequests.asked(htmx) ? Templates.memberForms$panel(application, member, RosterInput.none())
                : Templates.memberForms(application, member, RosterInput.none());
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(long id, MultivaluedMap<String, String> posted) {
        FormData form = FormData.of(posted);
        try {
            Offers.Saved saved = offers.save(id, form.number("version"), new Offer.Terms(form.amount("ote"),
                    form.text("currency") == null ? null : form.text("currency").strip().toUpperCase(Locale.ROOT),
                    form.number("basePercent"), form.text("basePercentReason"), form.amount("annualQuota"),
                    form.date("startDate"), form.id("teamManagerId")));
            return Flash.success(page(id), saved.message());
        } catch (InvalidInput invalid) {
            Application application = Found.or404(Application.<Application>findById(id), "application", id);
            return Response.status(400).entity(Templates.offer(OfferPage.of(application, Offer.of(id).orElse(null), form,
                    invalid.errors(), current.require()))).build();
        }
    }

    @POST
    @Path("{id}/approval")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(long id, MultivaluedMap<String, String> posted) {
        return Flash.outcome(page(id), () -> {
            offers.approve(id, FormData.of(posted).number("version"));
            return "Approved.";
        });
    }

    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response status(long id, MultivaluedMap<String, String> posted) {
        FormData form = FormData.of(posted);
        OfferStatus to = form.choice("status", OfferStatus.class);
        if (to == null) {
            return Flash.problem(page(id), "Choose what happened to the offer.");
        }
        return Flash.outcome(page(id), () -> {
            offers.answer(id, form.number("version"), to);
            return "Offer marked " + to.label().toLowerCase() + ".";
        });
    }

    @POST
    @Path("{id}/team")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addTeamMember(long id, MultivaluedMap<String, String> posted) {
        FormData form = FormData.of(posted);
        return roster(id, form, null, () -> {
            rosters.addTeamMember(id, form.text("memberName"), form.date("memberStartsOn"), form.amount("memberQuota"),
                    form.text("memberQuotaUnit") == null ? QuotaUnit.MONEY : form.choice("memberQuotaUnit", QuotaUnit.class),
                    form.choice("memberRoleType", RoleType.class));
            return "Team member added; the team target below counts them from the first quarter they are on the team when it begins.";
        });
    }

    @POST
    @Path("{id}/team/{memberId}/departure")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response leave(long id, long memberId, MultivaluedMap<String, String> posted) {
        FormData form = FormData.of(posted);
        return roster(id, form, memberId, () -> {
            TeamMember member = rosters.leave(id, memberId, form.date("memberEndsOn"));
            return member.name + " leaves the team on " + member.endsOn + ". The team target may be recalculated.";
        });
    }

    @POST
    @Path("{id}/team-target-recalculations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recalculate(long id, MultivaluedMap<String, String> posted) {
        FormData form = FormData.of(posted);
        return roster(id, form, null, () -> {
            TeamTargetRecalculation done = rosters.recalculate(id, form.date("quarterStart"), current.require().name);
            return "Team target for " + TeamQuota.name(done.quarterStart) + " recalculated.";
        });
    }

    @POST
    @Path("{id}/team/{memberId}/attainments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordAttainment(long id, long memberId, MultivaluedMap<String, String> posted) {
        FormData form = FormData.of(posted);
        return roster(id, form, memberId, () -> {
            QuarterlyAttainment done = rosters.recordAttainment(id, memberId, form.date("quarterStart"),
                    form.number("attainmentPercent"), current.require().name);
            return "Recorded " + done.attainmentPercent + "% for " + TeamQuota.name(done.quarterStart) + ".";
        });
    }

    /** A roster form's outcome: the page with a message on success, or again with the message beside the field. */
    private Response roster(long id, FormData form, Long memberId, Supplier<String> action) {
        try {
            return Flash.success(page(id), action.get());
        } catch (InvalidInput invalid) {
            Application application = Found.or404(Application.<Application>findById(id), "application", id);
            Offer offer = Offer.of(id).orElse(null);
            return Response.status(400).entity(Templates.offer(OfferPage.of(application, offer,
                    formOf(application, offer), FieldErrors.none(), current.require(),
                    new RosterInput(form, invalid.errors(), memberId)))).build();
        }
    }

    private static String page(long id) {
        return "/offers/" + id;
    }

    private static FormData formOf(Application application, Offer offer) {
        Map<String, Object> fields = new HashMap<>();
        if (offer == null) {
            fields.put("currency", application.opening.superdayFee.currency());
            fields.put("basePercent", PayPlan.defaultBasePercent(application.opening.roleType));
            fields.put("startDate", LocalDate.now().plusMonths(1).withDayOfMonth(1));
            if (application.opening.hiringManager != null) {
                fields.put("teamManagerId", application.opening.hiringManager.id);
            }
        } else {
            fields.put("ote", offer.ote.amount().toPlainString());
            fields.put("currency", offer.ote.currency());
            fields.put("basePercent", offer.basePercent);
            fields.put("basePercentReason", offer.basePercentReason);
            // Opportunities are whole numbers: 120, not 120.00.
            fields.put("annualQuota", offer.quotaUnit == QuotaUnit.OPPORTUNITIES
                    ? offer.annualQuota.stripTrailingZeros().toPlainString() : offer.annualQuota.toPlainString());
            fields.put("startDate", offer.startDate);
            fields.put("version", offer.version);
            if (offer.teamManager != null) {
                fields.put("teamManagerId", offer.teamManager.id);
            }
        }
        return FormData.of(fields);
    }

}
