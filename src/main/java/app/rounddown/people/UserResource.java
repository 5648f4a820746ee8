package app.rounddown.people;

import app.rounddown.server.BaseBackup;
import app.rounddown.web.Confirmation;
import app.rounddown.web.FieldErrors;
import app.rounddown.web.Flash;
import app.rounddown.web.FormData;
import app.rounddown.web.InputCheck;
import app.rounddown.web.InvalidInput;
import app.rounddown.web.Page;
import app.rounddown.web.PageRequest;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/** Admin pages for accounts. Users are never deleted; deactivation stops sign-in and keeps their name on history. */
@Path("/users")
@Produces(MediaType.TEXT_HTML)
public class UserResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page<User> users, boolean backupAvailable);

        static native TemplateInstance form(User user, FormData form, FieldErrors errors, List<Role> allRoles);
    }

    @Inject
    People people;
    @Inject
    InputCheck inputCheck;
    @Inject
    PasswordLinks passwordLinks;

    @GET
    public TemplateInstance list(@QueryParam("page") String page) {
        PageRequest request = PageRequest.parse(page, "50");
        List<User> users = User.<User>find("order by active desc, lower(name), id")
                .page(request.page(), request.size()).list();
        return Templates.list(Page.of(users, request, User.count()), BaseBackup.builtInDataDirectory().isPresent());
    }

    @GET
    @Path("new")
    public TemplateInstance showNewForm() {
        return Templates.form(null, FormData.of(Map.of("timeZone", "Europe/London")), FieldErrors.none(), roles());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> posted) {
        FormData form = FormData.of(posted);
        UserInput input = UserInput.from(form);
        FieldErrors errors = inputCheck.check(input);
        if (errors.isEmpty()) {
            try {
                User user = people.create(input);
                return Flash.success("/users", "Account for " + user.name + " created. " + user.email + " has been "
                        + "e-mailed a link to set a password; it works for 72 hours.");
            } catch (InvalidInput invalid) {
                errors = invalid.errors();
            }
        }
        return Response.status(400).entity(Templates.form(null, form, errors, roles())).build();
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance showEditForm(Long id) {
        User user = People.find(id);
        return Templates.form(user, formOf(user), FieldErrors.none(), roles());
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(Long id, MultivaluedMap<String, String> posted) {
        User user = People.find(id);
        FormData form = FormData.of(posted);
        UserInput input = UserInput.from(form);
        FieldErrors errors = inputCheck.check(input);
        if (errors.isEmpty()) {
            try {
                people.revise(id, input);
                return Flash.success("/users", user.name + "'s account saved.");
            } catch (InvalidInput invalid) {
                errors = invalid.errors();
            } catch (OptimisticLockException changed) {
                errors.add("form", "Someone else saved this account after you opened the form. Your values are kept "
                        + "below; save again to replace theirs.");
                form = form.with("version", String.valueOf(People.find(id).version));
            }
        }
        return Response.status(400).entity(Templates.form(user, form, errors, roles())).build();
    }

    /** Asks first: what deactivating takes away, and what it keeps. */
    @GET
    @Path("{id}/deactivation")
    public TemplateInstance askDeactivation(Long id) {
        User user = People.find(id);
        return Confirmation.of("Deactivate " + user.name + "?", "/users/" + id + "/deactivation", "/users")
                .saying(user.name + " can no longer sign in, and is signed out of every browser at once.")
                .saying("Their API tokens are revoked; reactivating the account later does not bring them back.")
                .saying("Nothing is deleted: their name stays on everything they did, and you can reactivate the "
                        + "account later.")
                .yes("Yes, deactivate " + user.name).page();
    }

    @POST
    @Path("{id}/deactivation")
    public Response deactivate(Long id) {
        return activeness(id, false);
    }

    @POST
    @Path("{id}/activation")
    public Response activate(Long id) {
        return activeness(id, true);
    }

    @POST
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resetPassword(Long id, @RestForm String password) {
        User user = People.find(id);
        try {
            people.resetPassword(id, password);
            return Flash.success("/users/" + id + "/edit", "New password set for " + user.name + ".");
        } catch (InvalidInput invalid) {
            FieldErrors errors = FieldErrors.of("password", invalid.errors().get("password"));
            return Response.status(400).entity(Templates.form(user, formOf(user), errors, roles())).build();
        }
    }

    /** A new link to set a password, e.g. when the first one ran out; earlier links stop working. */
    @POST
    @Path("{id}/password-links")
    public Response sendPasswordLink(Long id) {
        try {
            User user = passwordLinks.resend(id);
            return Flash.success("/users/" + id + "/edit", "A new link to set a password has been e-mailed to "
                    + user.email + "; it works for 72 hours, and earlier links no longer work.");
        } catch (InvalidInput refused) {
            return Flash.problem("/users/" + id + "/edit", refused.errors().asList().get(0).message());
        }
    }

    /** After a lost laptop: every browser signed in as this person is signed out. */
    @POST
    @Path("{id}/sessions/end")
    public Response endSessions(Long id) {
        User user = People.find(id);
        int ended = people.endSessionsOf(id);
        return Flash.success("/users/" + id + "/edit", user.name + " is signed out of " + ended
                + (ended == 1 ? " browser." : " browsers.") + " API tokens are untouched; deactivate to stop those too.");
    }

    private Response activeness(Long id, boolean active) {
        try {
            User user = people.setActive(id, active);
            return Flash.success("/users", user.name + (active ? " can sign in again." : " can no longer sign in."));
        } catch (InvalidInput refused) {
            return Flash.problem("/users", refused.errors().asList().get(0).message());
        }
    }

    private static List<Role> roles() {
        return List.of(Role.values());
    }

    private static FormData formOf(User user) {
        Map<String, Object> values = new HashMap<>();
        values.put("name", user.name);
        values.put("email", user.email);
        values.put("timeZone", user.timeZone);
        values.put("roles", user.roles);
        values.put("version", user.version);
        return FormData.of(values);
    }
}
