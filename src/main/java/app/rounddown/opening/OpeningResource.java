package app.rounddown.opening;

import app.rounddown.people.Role;
import app.rounddown.people.User;
import app.rounddown.web.CompanyDefaults;
import app.rounddown.web.FieldErrors;
import app.rounddown.web.Flash;
import app.rounddown.web.FormData;
import app.rounddown.web.InputCheck;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Path("/openings")
@Produces(MediaType.TEXT_HTML)
public class OpeningResource {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance form(Opening opening, FormData form, FieldErrors errors, List<User> managers,
                                            List<User> approvers);
    }

    @Inject
    InputCheck inputCheck;
    @Inject
    Openings openings;
    @Inject
    CompanyDefaults defaults;

    @GET
    @Path("new")
    public TemplateInstance showNewForm() {
        return form(null, FormData.of(Map.of("superdayFee", defaults.superdayFee().toPlainString(),
                "superdayCancellationFee", defaults.superdayCancellationFee().toPlainString(),
                "superdayCurrency", defaults.superdayCurrency(), "candidateInvitations", "true", "remote", "ON_SITE",
                "employmentType", "FULL_TIME")), FieldErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> posted) {
        FormData form = FormData.of(posted);
        OpeningInput input = OpeningInput.from(form);
        FieldErrors errors = inputCheck.check(input);
        if (errors.isEmpty()) {
            try {
                Opening opening = openings.open(input);
                return Flash.success("/boards/" + opening.id, "Opening \u201c" + opening.title + "\u201d created.");
            } catch (InvalidInput invalid) {
                errors = invalid.errors();
            }
        }
        return Response.status(400).entity(form(null, form, errors)).build();
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance showEditForm(Long id) {
        Opening opening = Openings.find(id);
        return form(opening, formOf(opening), FieldErrors.none());
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(Long id, MultivaluedMap<String, String> posted) {
        Opening opening = Openings.find(id);
        FormData form = FormData.of(posted);
        OpeningInput input = OpeningInput.from(form);
        FieldErrors errors = inputCheck.check(input);
        if (input.version() == null || input.version() != opening.version) {
            errors.add("form", "Someone else saved this opening after you opened the form, so yours is not saved yet. "
                    + "It now reads: \u201c" + opening.title + "\u201d, " + opening.roleType.label() + ", hiring manager "
                    + opening.hiringManagerName() + ", " + opening.status.label().toLowerCase()
                    + ". Your values are kept below; save again to replace theirs.");
            form = form.with("version", String.valueOf(opening.version));
        }
        if (errors.isEmpty()) {
            try {
                Opening saved = openings.revise(id, input);
                return Flash.success("/boards/" + saved.id, "Opening \u201c" + saved.title + "\u201d saved.");
            } catch (InvalidInput invalid) {
                errors = invalid.errors();
            }
        }
        return Response.status(errors.has("form") ? 409 : 400).entity(form(opening, form, errors)).build();
    }

    private static TemplateInstance form(Opening opening, FormData form, FieldErrors errors) {
        List<User> managers = User.activeWithRole(Role.HIRING_MANAGER);
        List<User> approvers = new java.util.ArrayList<>(managers);
        User.activeWithRole(Role.ADMIN).stream().filter(admin -> !approvers.contains(admin)).forEach(approvers::add);
        return Templates.form(opening, form, errors, managers, approvers);
    }

    private static FormData formOf(Opening opening) {
        Map<String, Object> values = new HashMap<>();
        values.put("title", opening.title);
        values.put("roleType", opening.roleType);
        values.put("hiringManagerId", opening.hiringManager == null ? null : opening.hiringManager.id);
        values.put("status", opening.status);
        values.put("version", opening.version);
        values.put("superdayFee", opening.superdayFee.amount());
        values.put("secondApproverId", opening.secondApprover == null ? null : opening.secondApprover.id);
        values.put("superdayCancellationFee", opening.superdayCancellationFee.amount());
        values.put("superdayCurrency", opening.superdayFee.currency());
        values.put("candidateInvitations", opening.candidateInvitations ? "true" : null);
        values.put("description", opening.description);
        values.put("location", opening.location);
        values.put("remote", opening.remote);
        values.put("employmentType", opening.employmentType);
        values.put("published", opening.published ? "true" : null);
        values.put("slug", opening.slug);
        return FormData.of(values);
    }
}
