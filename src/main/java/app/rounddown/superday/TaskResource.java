package app.rounddown.superday;

import app.rounddown.files.StoredFiles;
import app.rounddown.opening.RoleType;
import app.rounddown.web.FieldErrors;
import app.rounddown.web.Flash;
import app.rounddown.web.FormData;
import app.rounddown.web.Found;
import app.rounddown.web.InvalidInput;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The task library: the same task for every candidate of a role, versioned so that can be shown. */
@Path("/tasks")
@Produces(MediaType.TEXT_HTML)
public class TaskResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tasks(List<TaskVersion> tasks);

        static native TemplateInstance task(TaskVersion latest, List<TaskVersion> versions, FormData form, FieldErrors errors);

        static native TemplateInstance version(TaskVersion shown, List<TaskVersion> versions);
    }

    @Inject
    TaskLibrary library;

    @GET
    public TemplateInstance tasks() {
        return Templates.tasks(TaskLibrary.latest());
    }

    @GET
    @Path("new")
    public TemplateInstance blank() {
        return Templates.task(null, List.of(), FormData.of(Map.of("moreThanADay", "on")), FieldErrors.none());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response create(@RestForm String roleType, @RestForm String title, @RestForm String brief,
                           @RestForm String deliverables, @RestForm String moreThanADay,
                           @RestForm("attachments") List<FileUpload> attachments) {
        FormData form = form(roleType, title, brief, deliverables, moreThanADay, null);
        try {
            TaskVersion created = library.create(form.choice("roleType", RoleType.class), content(form),
                    StoredFiles.chosen(attachments));
            return Flash.success("/tasks/" + created.task.id + "/edit", "Task \u201c" + created.title + "\u201d added to the library.");
        } catch (InvalidInput invalid) {
            return Response.status(400).entity(Templates.task(null, List.of(), form, invalid.errors())).build();
        }
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance edit(long id) {
        TaskVersion latest = Found.or404(TaskVersion.latestOf(id), "task", id);
        Map<String, Object> fields = new HashMap<>(Map.of("roleType", latest.task.roleType, "title", latest.title,
                "brief", latest.brief, "deliverables", latest.deliverables, "version", latest.version,
                "rowVersion", latest.rowVersion));
        if (latest.moreThanADay) {
            fields.put("moreThanADay", "on");
        }
        return Templates.task(latest, TaskLibrary.versionsOf(id), FormData.of(fields), FieldErrors.none());
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response save(long id, @RestForm String title, @RestForm String brief, @RestForm String deliverables,
                         @RestForm String moreThanADay, @RestForm String version, @RestForm String rowVersion,
                         @RestForm("remove") List<Long> remove,
                         @RestForm("attachments") List<FileUpload> attachments) {
        TaskVersion latest = Found.or404(TaskVersion.latestOf(id), "task", id);
        FormData form = form(latest.task.roleType.name(), title, brief, deliverables, moreThanADay, version)
                .with("rowVersion", rowVersion);
        try {
            TaskVersion saved = library.revise(id, form.number("version"), form.number("rowVersion"), content(form),
                    StoredFiles.chosen(attachments),
                    remove == null ? List.of() : remove);
            String message = saved.version > latest.version
                    ? "Saved as version " + saved.version + ". Version " + latest.version + " stays exactly as candidates received it."
                    : "Task saved.";
            return Flash.success("/tasks/" + id + "/edit", message);
        } catch (InvalidInput invalid) {
            return Response.status(400).entity(Templates.task(latest, TaskLibrary.versionsOf(id), form, invalid.errors()))
                    .build();
        }
    }

    @GET
    @Path("{id}/versions/{number}")
    public TemplateInstance version(long id, int number) {
        TaskVersion shown = Found.or404(TaskVersion.<TaskVersion>find("task.id = ?1 and version = ?2", id, number)
                .firstResult(), "task version", id + "/" + number);
        return Templates.version(shown, TaskLibrary.versionsOf(id));
    }

    private static FormData form(String roleType, String title, String brief, String deliverables, String moreThanADay,
                                 String version) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("roleType", roleType);
        fields.put("title", title);
        fields.put("brief", brief);
        fields.put("deliverables", deliverables);
        fields.put("moreThanADay", moreThanADay);
        fields.put("version", version);
        return FormData.of(fields);
    }

    private static TaskVersion.Content content(FormData form) {
        return new TaskVersion.Content(form.text("title"), form.text("brief"), form.text("deliverables"),
                form.text("moreThanADay") != null);
    }
}
