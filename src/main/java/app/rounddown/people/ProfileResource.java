package app.rounddown.people;

import app.rounddown.web.FieldErrors;
import app.rounddown.web.Flash;
import app.rounddown.web.FormData;
import app.rounddown.web.IanaTimeZone;
import app.rounddown.web.InputCheck;
import app.rounddown.web.InvalidInput;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Everyone's own page: name, time zone and password. */
@Path("/profile")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class ProfileResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance profile(User user, FormData form, FieldErrors errors, FieldErrors passwordErrors);
    }

    record ProfileInput(
            @NotBlank(message = "Enter your name.") @Size(max = 200, message = "Keep your name to 200 characters or fewer.")
            String name,
            @NotBlank(message = "Choose your time zone.") @IanaTimeZone String timeZone) {
    }

    @Inject
    CurrentUser current;
    @Inject
    People people;
    @Inject
    InputCheck inputCheck;
    @Inject
    SignIns signIns;
    @Inject
    Authentication authentication;

    /** The password is part of the session's stamp, so this browser gets a fresh session; others are signed out. */
    private Response signedInAgain(User withNewPassword) {
        return Response.fromResponse(Flash.success("/profile", "Password changed. Other browsers signed in as you "
                + "are now signed out.")).cookie(authentication.sessionFor(withNewPassword)).build();
    }

    @GET
    public TemplateInstance show() {
        User me = current.require();
        return Templates.profile(me, FormData.of(Map.of("name", me.name, "timeZone", me.timeZone, "version", me.version)),
                FieldErrors.none(), FieldErrors.none());
    }

    @POST
    public Response update(MultivaluedMap<String, String> posted) {
        User me = current.require();
        FormData form = FormData.of(posted);
        FieldErrors errors = inputCheck.check(new ProfileInput(form.text("name"), form.text("timeZone")));
        if (errors.isEmpty()) {
            try {
                people.updateProfile(me.id, form.text("name"), form.text("timeZone"), form.number("version"));
                return Flash.success("/profile", "Profile saved.");
            } catch (OptimisticLockException changed) {
                errors.add("form", "Your profile was changed elsewhere after you opened this page. Your values are "
                        + "kept below; save again to use them.");
                form = form.with("version", String.valueOf(User.<User>findById(me.id).version));
            }
        }
        return Response.status(400).entity(Templates.profile(me, form, errors, FieldErrors.none())).build();
    }

    @POST
    @Path("password")
    public Response changePassword(MultivaluedMap<String, String> posted) {
        User me = current.require();
        FormData form = FormData.of(posted);
        FieldErrors errors = FieldErrors.none();
        // Checked like a sign-in, so a borrowed session cannot be used to guess the password without limit.
        SignIns.Outcome check = signIns.attempt(me.email, form.get("currentPassword"), false);
        if (check instanceof SignIns.Locked locked) {
            errors.add("currentPassword", SignIns.lockedMessage(locked.minutes()));
        } else if (!(check instanceof SignIns.Success)) {
            errors.add("currentPassword", "That is not your current password.");
        } else if (!form.get("newPassword").equals(form.get("confirmPassword"))) {
            errors.add("confirmPassword", "The two new passwords are not the same.");
        } else {
            try {
                return signedInAgain(people.changeOwnPassword(me.id, form.get("newPassword")));
            } catch (InvalidInput invalid) {
                errors = invalid.errors();
            }
        }
        FormData profile = FormData.of(Map.of("name", me.name, "timeZone", me.timeZone, "version", me.version));
        return Response.status(400).entity(Templates.profile(me, profile, FieldErrors.none(), errors)).build();
    }
}
