package app.rounddown.people;

import app.rounddown.web.FieldErrors;
import app.rounddown.web.Flash;
import app.rounddown.web.FormData;
import app.rounddown.web.IanaTimeZone;
import app.rounddown.web.InputCheck;
import app.rounddown.web.InvalidInput;
import app.rounddown.web.SingleLine;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Everyone's own page: name, time zone, password, where they are signed in, and their API tokens. */
@Path("/profile")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class ProfileResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance profile(User user, FormData form, FieldErrors errors, FieldErrors passwordErrors,
                                               Security security);
    }

    /** The profile's lower half: open sessions, API tokens, a token just made (shown this once) and token errors. */
    public record Security(List<UserSession> sessions, Long thisSession, List<ApiToken> tokens, String newToken,
                           FormData tokenForm, FieldErrors tokenErrors, Instant now) {
        public List<String> lifetimes() {
            return ApiTokens.LIFETIMES_IN_DAYS.stream().sorted().map(String::valueOf).toList();
        }

        public List<ReminderChoice> reminderChoices() {
            return List.of(ReminderChoice.values());
        }
    }

    record ProfileInput(
            @NotBlank(message = "Enter your name.") @Size(max = 200, message = "Keep your name to 200 characters or fewer.")
            @SingleLine String name,
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
    @Inject
    Sessions sessions;
    @Inject
    ApiTokens tokens;
    @Inject
    Reminders reminders;

    @GET
    public TemplateInstance show() {
        User me = current.require();
        return Templates.profile(me, saved(me), FieldErrors.none(), FieldErrors.none(), security(me));
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
        return Response.status(400).entity(Templates.profile(me, form, errors, FieldErrors.none(), security(me))).build();
    }

    @POST
    @Path("reminders")
    public Response chooseReminders(MultivaluedMap<String, String> posted) {
        User me = current.require();
        try {
            User saved = reminders.choose(me.id, FormData.of(posted).choice("scorecardReminders", ReminderChoice.class));
            return Flash.success("/profile", "Scorecard reminders: " + saved.scorecardReminders.label().toLowerCase() + ".");
        } catch (InvalidInput invalid) {
            return Response.status(400).entity(Templates.profile(me, saved(me), invalid.errors(), FieldErrors.none(),
                    security(me))).build();
        }
    }

    @POST
    @Path("password")
    public Response changePassword(MultivaluedMap<String, String> posted, @Context HttpServerRequest request) {
        User me = current.require();
        FormData form = FormData.of(posted);
        FieldErrors errors = FieldErrors.none();
        // Checked like a sign-in, so a borrowed session cannot be used to guess the password without limit.
        SignIns.Outcome check = signIns.attempt(me.email, form.get("currentPassword"), ClientAddress.of(request));
        if (check instanceof SignIns.Wait wait) {
            errors.add("currentPassword", wait.message());
        } else if (!(check instanceof SignIns.Success)) {
            errors.add("currentPassword", "That is not your current password.");
        } else if (!form.get("newPassword").equals(form.get("confirmPassword"))) {
            errors.add("confirmPassword", "The two new passwords are not the same.");
        } else {
            try {
                people.changeOwnPassword(me.id, form.get("newPassword"), current.sessionId().orElse(-1L));
                return Flash.success("/profile", "Password changed. Other browsers signed in as you are now signed out.");
            } catch (InvalidInput invalid) {
                errors = invalid.errors();
            }
        }
        return Response.status(400).entity(Templates.profile(me, saved(me), FieldErrors.none(), errors, security(me)))
                .build();
    }

    /** Ends one of the person's own sessions: a browser they no longer use. */
    @POST
    @Path("sessions/{id}/end")
    public Response endSession(Long id) {
        User me = current.require();
        if (current.sessionId().map(id::equals).orElse(false)) {
            return signOutHere();
        }
        return sessions.endOwn(me.id, id) ? Flash.success("/profile", "That session is ended; its browser is signed out.")
                : Flash.problem("/profile", "That session had already ended.");
    }

    /** Every browser, this one included: after a lost laptop or a shared computer. */
    @POST
    @Path("sessions/end-all")
    public Response endEverySession() {
        sessions.endAll(current.require().id);
        return signOutHere();
    }

    @POST
    @Path("tokens")
    public Response makeToken(MultivaluedMap<String, String> posted) {
        User me = current.require();
        FormData form = FormData.of(posted);
        try {
            int days = form.number("days") == null ? -1 : form.number("days");
            ApiTokens.Issued issued = tokens.issue(me.id, form.text("tokenName"), days, "true".equals(form.text("readOnly")));
            // Shown in this answer only, never put in a redirect or a cookie: the page is the one place it appears.
            return Response.ok(Templates.profile(me, saved(me), FieldErrors.none(), FieldErrors.none(),
                    security(me, issued.plain(), FormData.of(Map.of("days", "90")), FieldErrors.none())))
                    .header("Cache-Control", "no-store").build();
        } catch (InvalidInput invalid) {
            return Response.status(400).entity(Templates.profile(me, saved(me), FieldErrors.none(), FieldErrors.none(),
                    security(me, null, form, invalid.errors()))).build();
        }
    }

    @POST
    @Path("tokens/{id}/revocation")
    public Response revokeToken(Long id) {
        return tokens.revokeOwn(current.require().id, id)
                ? Flash.success("/profile", "Token revoked; scripts using it are refused from now on.")
                : Flash.problem("/profile", "That token was already revoked.");
    }

    private Response signOutHere() {
        return Response.fromResponse(Flash.success("/signin", "You are signed out everywhere."))
                .cookie(authentication.signedOutCookie()).build();
    }

    private static FormData saved(User me) {
        return FormData.of(Map.of("name", me.name, "timeZone", me.timeZone, "version", me.version));
    }

    private Security security(User me) {
        return security(me, null, FormData.of(Map.of("days", "90")), FieldErrors.none());
    }

    private Security security(User me, String newToken, FormData tokenForm, FieldErrors tokenErrors) {
        return new Security(sessions.openOf(me.id), current.sessionId().orElse(null), tokens.of(me.id), newToken,
                tokenForm, tokenErrors, Instant.now());
    }
}
