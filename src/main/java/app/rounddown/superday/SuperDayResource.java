package app.rounddown.superday;

import app.rounddown.files.Downloads;
import app.rounddown.files.StoredFile;
import app.rounddown.files.StoredFiles;
import app.rounddown.people.CurrentUser;
import app.rounddown.people.User;
import app.rounddown.web.Found;
import app.rounddown.web.InvalidInput;
import app.rounddown.web.Page;
import app.rounddown.web.PageRequest;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;

/** The SuperDay list and the SuperDay page, with its files and calendar files. */
@Path("/superdays")
@Produces(MediaType.TEXT_HTML)
public class SuperDayResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance superdays(SuperDayListPage.View view, Page<SuperDay> page, Instant now);

        static native TemplateInstance superday(SuperDayPage page);
    }

    @Inject
    SuperDays superDays;
    @Inject
    SuperDayPages pages;
    @Inject
    CurrentUser current;
    @Inject
    StoredFiles files;
    @Context
    UriInfo uri;

    @GET
    public TemplateInstance list(@QueryParam("view") String view, @QueryParam("page") String page) {
        SuperDayListPage.View shown = SuperDayListPage.View.of(view);
        Instant now = Instant.now();
        return Templates.superdays(shown, SuperDayListPage.page(shown, PageRequest.parse(page, "50"), now, viewerZone()), now);
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(long id) {
        return Templates.superday(pages.of(id, uri.getBaseUri()));
    }

    /** From the interview page of a SuperDay review to the SuperDay itself, where the submissions are. */
    @GET
    @Path("of/{applicationId}")
    public Response ofApplication(long applicationId) {
        SuperDay day = SuperDay.<SuperDay>find("application.id = ?1 and status <> ?2", applicationId, SuperDayStatus.CANCELLED)
                .firstResultOptional().orElseGet(() -> SuperDay.<SuperDay>find("application.id = ?1 order by createdAt desc",
                        applicationId).firstResult());
        if (day == null) {
            throw new NotFoundException("This candidate has no SuperDay yet.");
        }
        return Response.seeOther(java.net.URI.create("/superdays/" + day.id)).build();
    }

    private String viewerZone() {
        return current.user().map(u -> u.zone().getId()).orElse("UTC");
    }

    /** A task attachment or a submitted file of this SuperDay; any other file id is not found here. */
    @GET
    @Path("{id}/files/{fileId}")
    @Produces(MediaType.WILDCARD)
    public Response file(long id, long fileId) {
        SuperDay day = SuperDays.find(id);
        boolean belongs = day.taskVersion != null && day.taskVersion.attachments.stream().anyMatch(f -> f.id == fileId)
                || Submission.holdsFile(day.id, fileId);
        if (!belongs) {
            throw new NotFoundException("This SuperDay has no file with id " + fileId + ".");
        }
        return download(files, StoredFile.findById(fileId));
    }

    @GET
    @Path("{id}/calendar")
    @Produces("text/calendar")
    public Response calendar(long id, @QueryParam("for") String who) {
        SuperDay day = SuperDays.find(id);
        String ics;
        String name;
        if ("candidate".equals(who)) {
            ics = Calendars.forCandidate(day, Instant.now());
            name = "superday-candidate.ics";
        } else {
            User person = Found.or404(who == null || !who.matches("\\d{1,18}") ? null : User.<User>findById(Long.valueOf(who)),
                    "participant", who);
            if (day.blocks.stream().noneMatch(b -> b.involves(person))) {
                throw InvalidInput.of("for", person.name + " takes part in no block of this SuperDay.");
            }
            ics = Calendars.forParticipant(day, person, Instant.now());
            name = "superday-" + person.id + ".ics";
        }
        return Response.ok(ics, "text/calendar; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    static Response download(StoredFiles files, StoredFile file) {
        return Downloads.attachment(files.content(file.id), file.filename);
    }
}
