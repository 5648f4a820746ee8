package app.rounddown.mail;

import app.rounddown.audit.Audit;
import app.rounddown.audit.AuditEntry;
import app.rounddown.letters.CandidateTemplate;
import app.rounddown.letters.Letters;
import app.rounddown.letters.Rendered;
import app.rounddown.letters.TemplateText;
import app.rounddown.letters.TemplateVersion;
import app.rounddown.people.CurrentUser;
import app.rounddown.web.FieldErrors;
import app.rounddown.web.Flash;
import app.rounddown.web.FormData;
import app.rounddown.web.InvalidInput;
import app.rounddown.web.SingleLine;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Admins word the messages candidates receive: each save is a new version, checked first (every placeholder must exist),
 * previewed on a real candidate, and any earlier version (or the shipped text) may be restored. A template's id in the
 * address is its key ("/templates/interview-invitation").
 */
@Path("/templates")
@Produces(MediaType.TEXT_HTML)
public class TemplateResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<TemplateRow> rows);

        static native TemplateInstance edit(TemplateEditor editor, FormData form, FieldErrors errors);

        static native TemplateInstance version(TemplateEditor editor, int number, TemplateVersion shown,
                                               TemplateText source, Rendered sample, String problem);
    }

    /** A template on the list, with the version in use (none: the shipped text). */
    public record TemplateRow(CandidateTemplate template, TemplateVersion current) {
    }

    @Inject
    Letters letters;
    @Inject
    TemplatePreviews previews;
    @Inject
    CurrentUser me;
    @Inject
    Audit audit;

    @GET
    public TemplateInstance list() {
        return Templates.list(Arrays.stream(CandidateTemplate.values())
                .map(t -> new TemplateRow(t, TemplateVersion.newest(t).orElse(null))).toList());
    }

    @GET
    @Path("{id}")
    public TemplateInstance edit(@PathParam("id") String key) {
        CandidateTemplate template = template(key);
        TemplateEditor editor = previews.editor(template, null, null);
        TemplateText source = letters.current(template);
        return Templates.edit(editor, FormData.of(Map.of("subject", source.subject(), "text", source.text(), "html",
                source.html(), "basedOn", editor.currentNumber())), FieldErrors.none());
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response save(@PathParam("id") String key, MultivaluedMap<String, String> posted) {
        CandidateTemplate template = template(key);
        FormData form = FormData.of(posted);
        String note = form.get("note").strip();
        try {
            if (note.length() > 300 || !SingleLine.Validator.holds(note)) {
                throw InvalidInput.of("note", "Keep the note to one line of up to 300 characters.");
            }
            TemplateVersion saved = letters.save(template, source(form), form.number("basedOn"), me.actorId(),
                    me.name(), note);
            written(saved, "new-version", "saved");
            return Flash.success("/templates/" + key, template.title() + " saved as version " + saved.version
                    + "; candidates receive it from now on.");
        } catch (InvalidInput refused) {
            TemplateEditor editor = previews.editor(template, null, form);
            int status = refused.errors().has(Letters.STALE) ? 409 : 400;
            return Response.status(status).entity(Templates.edit(editor, form, refused.errors())).build();
        }
    }

    @POST
    @Path("{id}/previews")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response preview(@PathParam("id") String key, MultivaluedMap<String, String> posted) {
        CandidateTemplate template = template(key);
        FormData form = FormData.of(posted);
        TemplateText source = source(form);
        FieldErrors errors = letters.check(template, source);
        TemplateEditor editor = previews.editor(template, errors.isEmpty() ? source : null, form);
        return Response.status(errors.isEmpty() ? 200 : 400).entity(Templates.edit(editor, form, errors)).build();
    }

    @GET
    @Path("{id}/versions/{number}")
    public TemplateInstance version(@PathParam("id") String key, @PathParam("number") int number) {
        return versionPage(template(key), number, null);
    }

    @POST
    @Path("{id}/restorations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response restore(@PathParam("id") String key, MultivaluedMap<String, String> posted) {
        CandidateTemplate template = template(key);
        FormData form = FormData.of(posted);
        Integer number = form.number("version");
        if (number == null || number < 0) {
            throw new NotFoundException("Choose a version of the template to restore.");
        }
        try {
            TemplateVersion saved = letters.restore(template, number, form.number("basedOn"), me.actorId(), me.name());
            written(saved, "restored", number == 0 ? "set back to the shipped text as" : "restored from version "
                    + number + " as");
            return Flash.success("/templates/" + key, template.title() + (number == 0 ? ": the shipped text" : ": version "
                    + number) + " is in use again, saved as version " + saved.version + ".");
        } catch (InvalidInput refused) {
            String problem = refused.errors().asList().get(0).message();
            return Response.status(refused.errors().has(Letters.STALE) ? 409 : 400)
                    .entity(versionPage(template, number, problem)).build();
        }
    }

    private TemplateInstance versionPage(CandidateTemplate template, int number, String problem) {
        TemplateVersion shown = number == 0 ? null : TemplateVersion.numbered(template, number)
                .orElseThrow(() -> new NotFoundException("There is no version " + number + " of this template."));
        TemplateText source = shown == null ? Letters.shipped(template) : shown.source();
        return Templates.version(previews.editor(template, null, null), number, shown, source,
                previews.withSamples(template, source), problem);
    }

    private void written(TemplateVersion saved, String action, String how) {
        audit.record("template", saved.id, action, saved.template().title() + " template " + how + " version "
                + saved.version, Map.of("version", new AuditEntry.Change(String.valueOf(saved.version - 1),
                String.valueOf(saved.version))), null);
    }

    private static TemplateText source(FormData form) {
        return new TemplateText(form.get("subject"), lines(form.get("text")), lines(form.get("html")));
    }

    /** A textarea posts its line breaks as CR LF; a template keeps them as LF, as the shipped files do. */
    private static String lines(String text) {
        return text.replace("\r\n", "\n");
    }

    static CandidateTemplate template(String key) {
        return CandidateTemplate.byKey(key).orElseThrow(() -> new NotFoundException("There is no message template "
                + key + "."));
    }
}
