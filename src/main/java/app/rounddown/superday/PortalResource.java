package app.rounddown.superday;

import app.rounddown.files.StoredFile;
import app.rounddown.files.StoredFiles;
import app.rounddown.web.FieldErrors;
import app.rounddown.web.Flash;
import app.rounddown.web.FormData;
import app.rounddown.web.InvalidInput;
import app.rounddown.web.Times;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The candidate's page, opened with the unguessable link and no sign-in. A wrong, revoked or expired link
 * gets the same plain page, so it reveals nothing about which SuperDays exist.
 */
@Path("/portal")
@Produces(MediaType.TEXT_HTML)
public class PortalResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance portal(PortalPage page);

        static native TemplateInstance invalid();
    }

    @Inject
    PortalLinks links;
    @Inject
    HandIns portal;
    @Inject
    StoredFiles files;
    @Inject
    KeptFiles kept;
    @ConfigProperty(name = "rounddown.company-name")
    Optional<String> companyName;
    @ConfigProperty(name = "rounddown.mail.from")
    Optional<String> companyAddress;

    @GET
    @Path("{token}")
    public Response show(String token) {
        return valid(token).map(day -> Response.ok(page(day, token, kept.of(day.id), FormData.empty(), FieldErrors.none()),
                        MediaType.TEXT_HTML_TYPE).build())
                .orElseGet(PortalResource::invalidLink);
    }

    @POST
    @Path("{token}/submissions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response submit(String token, @RestForm String links, @RestForm String notes,
                           @RestForm("kept") List<String> keptIds, @RestForm("files") List<FileUpload> uploads) {
        Optional<SuperDay> found = valid(token);
        if (found.isEmpty()) {
            return invalidLink();
        }
        SuperDay day = found.get();
        List<Long> stillKept = ids(keptIds);
        List<FileUpload> chosen = StoredFiles.chosen(uploads);
        try {
            Submission submission = portal.submit(day.id, links, notes, stillKept, chosen, Instant.now());
            return Flash.success("/portal/" + token, "Received: submission " + submission.version + " at "
                    + Times.in(submission.submittedAt, day.candidateZone) + (submission.late
                    ? ". It came after the end of the day, so it is marked late." : ". Thank you."));
        } catch (InvalidInput invalid) {
            FormData form = FormData.of(Map.of("links", links == null ? "" : links, "notes", notes == null ? "" : notes));
            // The files were fine and only another field was wrong: keep them, since a browser cannot choose them again.
            boolean keep = !invalid.errors().has("files") && !invalid.errors().has("form");
            List<StoredFile> keptNow = keep ? kept.keep(day.id, stillKept, chosen) : kept.of(day.id);
            return Response.status(400).entity(page(SuperDays.find(day.id), token, keptNow, form, invalid.errors()))
                    .type(MediaType.TEXT_HTML_TYPE).build();
        }
    }

    @GET
    @Path("{token}/files/{fileId}")
    @Produces(MediaType.WILDCARD)
    public Response file(String token, long fileId) {
        Optional<SuperDay> found = valid(token);
        if (found.isEmpty()) {
            return invalidLink();
        }
        SuperDay day = found.get();
        boolean attachment = day.taskOutAt(Instant.now()) && day.taskVersion.attachments.stream().anyMatch(f -> f.id == fileId);
        boolean submitted = Submission.holdsFile(day.id, fileId);
        if (!attachment && !submitted) {
            return invalidLink();
        }
        return SuperDayResource.download(files, StoredFile.findById(fileId));
    }

    @GET
    @Path("{token}/calendar")
    @Produces("text/calendar")
    public Response calendar(String token) {
        return valid(token).map(day -> Response.ok(Calendars.forCandidate(day, Instant.now()), "text/calendar; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"superday.ics\"").build())
                .orElseGet(PortalResource::invalidLink);
    }

    private Optional<SuperDay> valid(String token) {
        Instant now = Instant.now();
        return links.openedBy(token, now).map(SuperDays::find);
    }

    private TemplateInstance page(SuperDay day, String token, List<StoredFile> keptFiles, FormData form, FieldErrors errors) {
        PortalPage.Contact company = new PortalPage.Contact(companyName.orElse("").strip(), companyAddress.orElse("").strip());
        return Templates.portal(PortalPage.of(day, token, company, keptFiles, Instant.now(), form, errors));
    }

    private static List<Long> ids(List<String> texts) {
        return texts == null ? List.of() : texts.stream().filter(t -> t != null && t.strip().matches("\\d{1,18}"))
                .map(t -> Long.valueOf(t.strip())).distinct().toList();
    }

    private static Response invalidLink() {
        return Response.status(404).entity(Templates.invalid()).type(MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-store").build();
    }
}
