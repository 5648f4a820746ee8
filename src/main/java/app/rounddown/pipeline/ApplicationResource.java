package app.rounddown.pipeline;

import app.rounddown.people.CurrentUser;
import app.rounddown.web.ActionNotAllowed;
import app.rounddown.web.Confirmation;
import app.rounddown.web.FieldErrors;
import app.rounddown.web.Flash;
import app.rounddown.web.FormData;
import app.rounddown.web.InputCheck;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Page actions on an application: plain form posts that redirect back with a message. */
@Path("/applications/{id}")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class ApplicationResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance closing(Application application, String action, Confirmation confirmation,
                                               FormData form, FieldErrors errors);

        static native TemplateInstance override(Application application, List<String> reasons, FormData form,
                                                FieldErrors errors);
    }

    @Inject
    Applications actions;
    @Inject
    InputCheck inputCheck;
    @Inject
    CurrentUser current;

    @POST
    @Path("moves")
    public Response move(Long id, MultivaluedMap<String, String> posted) {
        FormData form = FormData.of(posted);
        ApplicationInputs.Move input = ApplicationInputs.Move.from(form);
        return act(id, form, input, () -> actions.move(id, input));
    }

    @POST
    @Path("reopenings")
    public Response reopen(Long id, MultivaluedMap<String, String> posted) {
        FormData form = FormData.of(posted);
        ApplicationInputs.Reopening input = ApplicationInputs.Reopening.from(form);
        return act(id, form, input, () -> actions.reopen(id, input));
    }

    @GET
    @Path("rejections/new")
    public TemplateInstance showRejectionForm(Long id, @QueryParam("returnTo") String returnTo) {
        return closingForm(id, "reject", returnTo);
    }

    @POST
    @Path("rejections")
    public Response reject(Long id, MultivaluedMap<String, String> posted) {
        FormData form = FormData.of(posted);
        ApplicationInputs.Rejection input = ApplicationInputs.Rejection.from(form);
        return closing(id, "reject", form, input, () -> actions.reject(id, input));
    }

    @GET
    @Path("withdrawals/new")
    public TemplateInstance showWithdrawalForm(Long id, @QueryParam("returnTo") String returnTo) {
        return closingForm(id, "withdraw", returnTo);
    }

    @POST
    @Path("withdrawals")
    public Response withdraw(Long id, MultivaluedMap<String, String> posted) {
        FormData form = FormData.of(posted);
        ApplicationInputs.Withdrawal input = ApplicationInputs.Withdrawal.from(form);
        return closing(id, "withdraw", form, input, () -> actions.withdraw(id, input));
    }

    @GET
    @Path("overrides/new")
    public TemplateInstance showOverrideForm(Long id) {
        Application application = ApplicationApi.find(id);
        FormData form = FormData.of(Map.of("seenStage", application.stage, "seenStatus", application.status));
        return Templates.override(application, actions.reasonsToHold(application, current.require()), form,
                FieldErrors.none());
    }

    @POST
    @Path("overrides")
    public Response override(Long id, MultivaluedMap<String, String> posted) {
        FormData form = FormData.of(posted);
        ApplicationInputs.Override input = ApplicationInputs.Override.from(form);
        FieldErrors errors = inputCheck.check(input);
        if (!errors.isEmpty() && !errors.has("seenStage")) {
            Application application = ApplicationApi.find(id);
            return Response.status(400).entity(Templates.override(application,
                    actions.reasonsToHold(application, current.require()), form, errors)).build();
        }
        return act(id, form, input, () -> actions.overrideForward(id, input));
    }

    private TemplateInstance closingForm(Long id, String action, String returnTo) {
        Application application = ApplicationApi.find(id);
        FormData form = FormData.of(Map.of("seenStage", application.stage, "seenStatus", application.status,
                "returnTo", ReturnTo.safe(returnTo, application)));
        return Templates.closing(application, action, ClosingQuestion.of(application, action, form), form,
                FieldErrors.none());
    }

    /** Rejections and withdrawals have a form of their own, shown again with the message beside the field. */
    private Response closing(Long id, String action, FormData form, Object input, Supplier<ApplicationEvent> change) {
        FieldErrors errors = inputCheck.check(input);
        if (!errors.isEmpty() && !errors.has("seenStage")) {
            Application application = ApplicationApi.find(id);
            return Response.status(400).entity(Templates.closing(application, action,
                    ClosingQuestion.of(application, action, form), form, errors)).build();
        }
        return act(id, form, input, change);
    }

    private Response act(Long id, FormData form, Object input, Supplier<ApplicationEvent> change) {
        FieldErrors errors = inputCheck.check(input);
        Application application = ApplicationApi.find(id);
        String back = ReturnTo.safe(form.get("returnTo"), application);
        if (!errors.isEmpty()) {
            return Flash.problem(back, errors.asList().get(0).message());
        }
        try {
            ApplicationEvent event = change.get();
            if (event.kind == EventKind.REJECTED && event.toStage == Stage.CULTURE && CultureRejectionMessage.of(id).map(m -> !m.sent()).orElse(false)) {
                return Flash.success("/applications/" + id + "/culture-message?returnTo="
                        + URLEncoder.encode(back, StandardCharsets.UTF_8), application.candidate.name + ": "
                        + event.describe() + ". A short message to the candidate is drafted below: send it, or don't.");
            }
            return Flash.success(back, application.candidate.name + ": " + event.describe() + ".");
        } catch (StaleView stale) {
            return Flash.problem(back, StaleMessage.of(stale));
        } catch (ActionNotAllowed refused) {
            return Flash.problem(back, refused.getMessage());
        }
    }
}
