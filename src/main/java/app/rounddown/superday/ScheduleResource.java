package app.rounddown.superday;

import app.rounddown.people.CurrentUser;
import app.rounddown.pipeline.Application;
import app.rounddown.pipeline.Stage;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Scheduling a SuperDay and changing its agenda. Warnings show as soon as the form does, change live (htmx) while
 * the recruiter edits, and are checked again on saving; saving with warnings takes a tick in "save anyway", so nobody
 * saves past one unread.
 */
@Path("/superdays")
@Produces(MediaType.TEXT_HTML)
public class ScheduleResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance schedule(ScheduleForm page);

        static native TemplateInstance warnings(CheckedWarnings warnings, FieldErrors errors);
    }

    @Inject
    SuperDays superDays;
    @Inject
    CurrentUser current;

    @GET
    @Path("new")
    public Response blank(@QueryParam("applicationId") Long applicationId, @QueryParam("day") String day,
                          @QueryParam("zone") String zone) {
        Application application = application(applicationId);
        String zoneText = zone == null || zone.isBlank() ? ScheduleForm.zoneOf(application) : zone;
        return layOut(application, day, zoneText, FormData.empty().with("layoutDay", day == null ? "" : day)
                .with("candidateZone", zoneText));
    }

    /** The usual day again, for the day and zone typed; the task, notes and fee stay as typed. Writes nothing. */
    @POST
    @Path("layouts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response layout(MultivaluedMap<String, String> posted) {
        FormData form = FormData.of(posted);
        return layOut(application(form.id("applicationId")), form.text("layoutDay"), form.text("candidateZone"), form);
    }

    /** The usual day for the day and zone asked for, with its warnings from the start. */
    private Response layOut(Application application, String dayText, String zoneText, FormData typed) {
        FieldErrors errors = FieldErrors.none();
        LocalDate day = ScheduleForm.day(dayText, errors);
        ZoneId zone = ScheduleForm.zone(zoneText, errors);
        if (!errors.isEmpty()) {
            return again(application, null, typed, errors, CheckedWarnings.unread(List.of()));
        }
        ScheduleForm.Draft draft = ScheduleForm.template(application, day, zone, typed);
        if (application.stage != Stage.SUPERDAY) {
            errors.add("form", "Move the candidate to the SuperDay stage before scheduling their SuperDay.");
        }
        return Response.ok(Templates.schedule(ScheduleForm.of(application, null, draft.form(), errors,
                CheckedWarnings.unread(superDays.warnings(AgendaForm.read(draft.form()), null)), draft.note()))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> posted) {
        FormData form = FormData.of(posted);
        Long applicationId = form.id("applicationId");
        Application application = application(applicationId);
        AgendaForm agenda = AgendaForm.read(form);
        CheckedWarnings warnings = checked(agenda, null, form);
        if (!agenda.isValid() || !warnings.allowSaving()) {
            return again(application, null, form, agenda.errors(), warnings);
        }
        try {
            SuperDay day = superDays.schedule(applicationId, agenda, ScheduleForm.setup(form));
            return Flash.success("/superdays/" + day.id, "SuperDay scheduled for " + application.candidate.name + ". "
                    + CandidateMail.told(application.candidate, "invitation")
                    + " Each participant is e-mailed their blocks as calendar requests.");
        } catch (InvalidInput invalid) {
            return again(application, null, form, invalid.errors(), warnings);
        }
    }

    @GET
    @Path("{id}/agenda/edit")
    public TemplateInstance edit(long id) {
        SuperDay day = SuperDays.find(id);
        return Templates.schedule(ScheduleForm.of(day.application, day, ScheduleForm.fields(day), FieldErrors.none(),
                CheckedWarnings.unread(superDays.warnings(day)), null));
    }

    @POST
    @Path("{id}/agenda")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response replan(long id, MultivaluedMap<String, String> posted) {
        SuperDay day = SuperDays.find(id);
        FormData form = FormData.of(posted);
        AgendaForm agenda = AgendaForm.read(form);
        CheckedWarnings warnings = checked(agenda, id, form);
        if (!agenda.isValid() || !warnings.allowSaving()) {
            return again(day.application, day, form, agenda.errors(), warnings);
        }
        try {
            superDays.replan(id, form.number("version"), agenda, ScheduleForm.setup(form));
            return Flash.success("/superdays/" + id, "Agenda saved. " + (CandidateMail.reachable(day.application.candidate)
                    ? "Whoever it changes for, the candidate or a participant, is e-mailed an update."
                    : CandidateMail.told(day.application.candidate, "update")
                    + " Participants whose blocks changed are e-mailed calendar updates."));
        } catch (InvalidInput invalid) {
            return again(day.application, day, form, invalid.errors(), warnings);
        }
    }

    /** The live warnings while the form is edited (htmx); the same rules run again on saving. */
    @POST
    @Path("warnings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance warnings(MultivaluedMap<String, String> posted) {
        FormData form = FormData.of(posted);
        AgendaForm agenda = AgendaForm.read(form);
        return Templates.warnings(checked(agenda, form.id("superDayId"), form), agenda.errors());
    }

    /** The agenda's warnings (none until its blocks are valid) and whether the form's tick is for them. */
    private CheckedWarnings checked(AgendaForm agenda, Long superDayId, FormData form) {
        return CheckedWarnings.of(agenda.isValid() ? superDays.warnings(agenda, superDayId) : List.of(), form);
    }

    private Response again(Application application, SuperDay day, FormData form, FieldErrors errors,
                           CheckedWarnings warnings) {
        return Response.status(errors.isEmpty() ? 200 : 400)
                .entity(Templates.schedule(ScheduleForm.of(application, day, form, errors, warnings, null))).build();
    }

    private static Application application(Long id) {
        return Found.or404(id == null ? null : Application.<Application>findById(id), "application", id);
    }
}
