package app.rounddown.candidate;

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
import java.util.Map;

@Path("/candidates")
@Produces(MediaType.TEXT_HTML)
public class CandidateResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Candidate candidate, FormData form, FieldErrors errors);
    }

    @Inject
    InputCheck inputCheck;
    @Inject
    Candidates candidates;

    @GET
    @Path("new")
    public TemplateInstance showNewForm() {
        return Templates.form(null, FormData.of(Map.of("source", Source.INBOUND)), FieldErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> posted) {
        FormData form = FormData.of(posted);
        CandidateInput input = CandidateInput.from(form);
        FieldErrors errors = checked(input, null);
        if (errors.isEmpty()) {
            try {
                Candidate candidate = candidates.register(input);
                return Flash.success("/candidates/" + candidate.id, candidate.name + " added.");
            } catch (InvalidInput invalid) {
                errors = invalid.errors();
            }
        }
        return Response.status(400).entity(Templates.form(null, form, errors)).build();
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance showEditForm(Long id) {
        Candidate candidate = Candidates.find(id);
        return Templates.form(candidate, formOf(candidate), FieldErrors.none());
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(Long id, MultivaluedMap<String, String> posted) {
        Candidate candidate = Candidates.find(id);
        FormData form = FormData.of(posted);
        CandidateInput input = CandidateInput.from(form);
        FieldErrors errors = checked(input, id);
        if (input.version() == null || input.version() != candidate.version) {
            errors.add("form", "Someone else saved this profile after you opened the form, so yours is not saved yet. "
                    + "Open the profile in another tab to see their change; your values are kept below, and saving "
                    + "again replaces theirs.");
            form = form.with("version", String.valueOf(candidate.version));
        }
        if (errors.isEmpty()) {
            try {
                candidates.revise(id, input);
                return Flash.success("/candidates/" + candidate.id, "Profile saved.");
            } catch (InvalidInput invalid) {
                errors = invalid.errors();
            }
        }
        return Response.status(errors.has("form") ? 409 : 400).entity(Templates.form(candidate, form, errors)).build();
    }

    private FieldErrors checked(CandidateInput input, Long exceptId) {
        FieldErrors errors = inputCheck.check(input);
        if (input.email() != null && !errors.has("email")) {
            Candidate.emailTakenBy(input.email(), exceptId)
                    .ifPresent(other -> errors.add("email", Candidates.emailTakenMessage(other)));
        }
        return errors;
    }

    private static FormData formOf(Candidate c) {
        Map<String, Object> values = new HashMap<>();
        values.put("name", c.name);
        values.put("email", c.email);
        values.put("phone", c.phone);
        values.put("location", c.location);
        values.put("timeZone", c.timeZone);
        values.put("source", c.source);
        values.put("linkedinUrl", c.linkedinUrl);
        values.put("cvUrl", c.cvUrl);
        values.put("notes", c.notes);
        values.put("version", c.version);
        return FormData.of(values);
    }
}
