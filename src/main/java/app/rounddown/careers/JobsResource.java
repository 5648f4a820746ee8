package app.rounddown.careers;

import app.rounddown.people.ClientAddress;
import app.rounddown.web.CompanyDefaults;
import app.rounddown.web.FieldErrors;
import app.rounddown.web.Flash;
import app.rounddown.web.FormData;
import app.rounddown.web.InvalidInput;
import app.rounddown.web.Times;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The careers page, for everyone, no sign-in: the published openings, each with its application form. */
@Path("/jobs")
@Produces(MediaType.TEXT_HTML)
public class JobsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(String company, List<JobPost.Group> groups);

        static native TemplateInstance job(JobForm page);

        static native TemplateInstance applied(String company, JobPost post);
    }

    /** The job post with its form, as shown first or again after a refusal. */
    public record JobForm(String company, JobPost post, FormData form, FieldErrors errors, PendingCvs.Kept kept,
                          String stamp, String consent, List<HeardFrom> heardFrom) {
    }

    @Inject
    Applicants applicants;
    @Inject
    FormStamps stamps;
    @Inject
    ConsentText consent;
    @Inject
    CompanyDefaults defaults;

    @GET
    public TemplateInstance list() {
        return Templates.list(consent.company(), JobPost.byRoleType(JobPost.published()));
    }

    @GET
    @Path("{slug}")
    public TemplateInstance show(String slug) {
        return page(find(slug), FormData.of(Map.of("heardFrom", HeardFrom.CAREERS_PAGE,
                "timeZone", defaults.zone().getId())), FieldErrors.none(), null);
    }

    @POST
    @Path("{slug}/applications")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response apply(String slug, @BeanParam ApplicationPost posted, @Context HttpServerRequest request) {
        JobPost post = find(slug);
        Instant now = Instant.now();
        if (posted.honeypot != null && !posted.honeypot.isBlank()) {
            // Only a script fills in the hidden field; it is told what a person would be, and nothing is stored.
            return Response.seeOther(URI.create("/jobs/" + slug + "/applied")).build();
        }
        if (!stamps.fine(posted.stamp, now)) {
            return refused(400, post, posted, FieldErrors.of("form", "That was quicker than a person fills in this "
                    + "form (or the page was open for days), so nothing was sent. Check your answers, choose your CV "
                    + "again if needed, and send the form again."), applicants.stillKept(posted.keptCv));
        }
        Applicants.Outcome outcome;
        try {
            outcome = applicants.apply(post, posted, clip(ClientAddress.of(request)), now);
        } catch (InvalidInput invalid) {
            // The opening closed between showing the form and sending it.
            throw new NotFoundException("This opening is no longer taking applications.");
        }
        if (outcome instanceof Applicants.Applied) {
            return Flash.success("/jobs/" + slug + "/applied", "Thank you: your application for \u201c" + post.title()
                    + "\u201d is in.");
        }
        if (outcome instanceof Applicants.AlreadyIn) {
            return Flash.success("/jobs/" + slug + "/applied", "Thanks, your application for this role is already with us.");
        }
        if (outcome instanceof Applicants.Refused refused) {
            return refused(400, post, posted, refused.errors(), refused.kept());
        }
        Instant until = ((Applicants.Limited) outcome).until();
        return refused(429, post, posted, FieldErrors.of("form", "This network has sent " + SubmissionLimit.PER_HOUR
                + " applications in the last hour, the most we take, so nothing was sent. Please try again after "
                + Times.format(until) + "."), applicants.stillKept(posted.keptCv));
    }

    @GET
    @Path("{slug}/applied")
    public TemplateInstance applied(String slug) {
        return Templates.applied(consent.company(), find(slug));
    }

    private Response refused(int status, JobPost post, ApplicationPost posted, FieldErrors errors, PendingCvs.Kept kept) {
        return Response.status(status).entity(page(post, posted.form(), errors, kept)).type(MediaType.TEXT_HTML_TYPE)
                .build();
    }

    private TemplateInstance page(JobPost post, FormData form, FieldErrors errors, PendingCvs.Kept kept) {
        return Templates.job(new JobForm(consent.company(), post, form, errors, kept, stamps.issue(Instant.now()),
                consent.text(), List.of(HeardFrom.values())));
    }

    static JobPost find(String slug) {
        return JobPost.bySlug(slug).orElseThrow(() -> new NotFoundException("There is no open job at this address. "
                + "It may have been filled; see the other openings on the careers page."));
    }

    private static String clip(String address) {
        return address.length() > 64 ? address.substring(0, 64) : address;
    }
}
