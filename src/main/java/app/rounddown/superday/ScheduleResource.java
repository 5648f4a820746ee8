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
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Scheduling a SuperDay and changing its agenda. Warnings come live (htmx) while the recruiter edits, and again
 * on saving; saving with warnings takes a tick in "save anyway", so nobody saves past one unread.
 */
@Path("/superdays")
@Produces(MediaType.TEXT_HTML)
public class ScheduleResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance schedule(ScheduleForm page);

        static native TemplateInstance warnings(List<String> warnings, FieldErrors errors);
    }

    @Inject
    SuperDays superDays;
    @Inject
    CurrentUser current;

    @GET
    @Path("new")
    public TemplateInstance blank(@QueryParam("applicationId") Long applicationId, @QueryParam("day") String day,
                                  @QueryParam("zone") String zone) {
        Application application = Found.or404(applicationId == null ? null : Application.<Application>findById(applicationId),
                "application", applicationId);
        FormData form = ScheduleForm.template(application, dayOr(day), zoneOr(zone, application));
        FieldErrors notice = application.stage == Stage.SUPERDAY ? FieldErrors.none()
                : FieldErrors.of("form", "Move the candidate to the SuperDay stage before scheduling their SuperDay.");
        return Templates.schedule(ScheduleForm.of(application, null, form, notice, List.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> posted) {
        FormData form = FormData.of(posted);
        Long applicationId = form.id("applicationId");
        Application application = Found.or404(applicationId == null ? null : Application.<Application>findById(applicationId),
                "application", applicationId);
        AgendaForm agenda = AgendaForm.read(form);
        List<String> warnings = agenda.isValid() ? superDays.warnings(agenda, null) : List.of();
        if (!agenda.isValid() || !warnings.isEmpty() && form.text("confirmWarnings") == null) {
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
        java.util.Map<String, Object> fields = new java.util.HashMap<>(AgendaForm.fields(day.zone(), day.blocks));
        fields.put("taskId", day.taskVersion == null ? null : day.taskVersion.task.id);
        fields.put("prepareNotes", day.prepareNotes);
        fields.put("fee", day.fee.amount());
        fields.put("cancellationFee", day.cancellationFee.amount());
        fields.put("currency", day.fee.currency());
        fields.put("version", day.version);
        return Templates.schedule(ScheduleForm.of(day.application, day, FormData.of(fields), FieldErrors.none(),
                superDays.warnings(day)));
    }

    @POST
    @Path("{id}/agenda")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response replan(long id, MultivaluedMap<String, String> posted) {
        SuperDay day = SuperDays.find(id);
        FormData form = FormData.of(posted);
        AgendaForm agenda = AgendaForm.read(form);
        List<String> warnings = agenda.isValid() ? superDays.warnings(agenda, id) : List.of();
        if (!agenda.isValid() || !warnings.isEmpty() && form.text("confirmWarnings") == null) {
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
        return Templates.warnings(agenda.isValid() ? superDays.warnings(agenda, form.id("superDayId")) : List.of(),
                agenda.errors());
    }

    private Response again(Application application, SuperDay day, FormData form, FieldErrors errors, List<String> warnings) {
        return Response.status(errors.isEmpty() ? 200 : 400)
                .entity(Templates.schedule(ScheduleForm.of(application, day, form, errors, warnings))).build();
    }

    private static LocalDate dayOr(String text) {
        try {
            return text == null || text.isBlank() ? ScheduleForm.nextWorkingDay(LocalDate.now()) : LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            throw InvalidInput.of("day", "Give the day as a date, such as 2026-11-24.");
        }
    }

    private static ZoneId zoneOr(String text, Application application) {
        String wanted = text != null && !text.isBlank() ? text : application.candidate.timeZone;
        try {
            return ZoneId.of(wanted == null || wanted.isBlank() ? "America/New_York" : wanted.strip());
        } catch (DateTimeException e) {
            throw InvalidInput.of("zone", "\u201c" + text + "\u201d is not a time zone; choose one such as America/New_York.");
        }
    }
}
