package app.rounddown.superday;

import app.rounddown.candidate.Candidate;
import app.rounddown.web.Confirmation;
import app.rounddown.web.FieldErrors;
import app.rounddown.web.Flash;
import app.rounddown.web.FormData;
import app.rounddown.web.Times;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The SuperDay page's irreversible actions ask first: a GET of the action's address says what will happen and
 * holds the form that does it ({@link SuperDayActions}). Asking writes nothing; an action that is no longer
 * possible goes back to the SuperDay page saying why.
 */
@Path("/superdays/{id}")
@Produces(MediaType.TEXT_HTML)
public class SuperDayConfirmations {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cancellation(Confirmation confirmation, FormData form, FieldErrors errors);
    }

    @GET
    @Path("release")
    public Response askRelease(long id) {
        return ask(id, TaskReleases::refusal, day -> release(day).page());
    }

    @GET
    @Path("links")
    public Response askNewLink(long id) {
        return ask(id, day -> Optional.empty(), day -> newLink(day).page());
    }

    @GET
    @Path("link-revocation")
    public Response askRevocation(long id) {
        return ask(id, day -> Optional.ofNullable(day.portalRevokedAt == null ? null
                : "The link is already revoked. Make a new one to share again."), day -> revocation(day).page());
    }

    @GET
    @Path("cancellation")
    public Response askCancellation(long id) {
        return ask(id, SuperDayStatuses::cancelRefusal, day -> cancellationPage(day,
                FormData.of(Map.of("cancelledBy", "company", "version", day.version)), FieldErrors.none()));
    }

    /** The cancellation page again, after a refused answer: what was typed, and the seen version it carried. */
    static TemplateInstance cancellationPage(SuperDay day, FormData form, FieldErrors errors) {
        return Templates.cancellation(cancellation(day).carrying("version", form.get("version")), form, errors);
    }

    private static Response ask(long id, Function<SuperDay, Optional<String>> refusal, Function<SuperDay, TemplateInstance> question) {
        SuperDay day = SuperDays.find(id);
        Optional<String> refused = refusal.apply(day);
        if (refused.isPresent()) {
            return Flash.problem(page(day), refused.get());
        }
        return Response.ok(question.apply(day), MediaType.TEXT_HTML_TYPE).build();
    }

    static Confirmation release(SuperDay day) {
        String name = day.application.candidate.name;
        return Confirmation.of("Release the task to " + name + " now?", "/superdays/" + day.id + "/release", page(day))
                .saying(name + " sees “" + day.taskVersion.label() + "” on their SuperDay page at once, instead of at "
                        + "kick-off (" + Times.in(day.kickOff(), day.candidateZone) + ", their time).")
                .saying("This version of the task is frozen: later edits to the task make a new version that " + name
                        + " never sees.")
                .saying("From then on the day is paid in full: it can no longer be cancelled for the cancellation fee.")
                .saying("A release cannot be taken back; the audit log records that you released it early.")
                .yes("Yes, release the task now");
    }

    static Confirmation newLink(SuperDay day) {
        Candidate candidate = day.application.candidate;
        boolean mailed = CandidateMail.reachable(candidate);
        return Confirmation.of("Make a new link for " + candidate.name + "?", "/superdays/" + day.id + "/links", page(day))
                .saying("The link " + candidate.name + " has now stops working at once, also in e-mails already sent.")
                .saying(mailed ? candidate.name + " is e-mailed the new link at " + candidate.email + "."
                        : candidate.name + " has no e-mail address, so nobody is told: share the new link yourself.")
                .saying("The new link works until " + SuperDay.LINK_LIFETIME.toDays() + " days after the day.")
                .yes(mailed ? "Yes, make a new link and e-mail it" : "Yes, make a new link");
    }

    static Confirmation revocation(SuperDay day) {
        String name = day.application.candidate.name;
        return Confirmation.of("Revoke " + name + "'s link?", "/superdays/" + day.id + "/link-revocation", page(day))
                .saying("The link stops working at once: " + name + " can no longer see the agenda or the task, "
                        + "nor hand anything in.")
                .saying(name + " is not told; nothing is e-mailed.")
                .saying("A revoked link never works again: to share the page again, make a new link.")
                .yes("Yes, revoke the link");
    }

    /** The cancellation also needs a reason and who cancelled; those fields sit inside the same form. */
    static Confirmation cancellation(SuperDay day) {
        String name = day.application.candidate.name;
        return Confirmation.of("Cancel " + name + "'s SuperDay?", "/superdays/" + day.id + "/cancellation", page(day))
                .saying(CandidateMail.reachable(day.application.candidate)
                        ? name + " and each participant are e-mailed a calendar cancellation; " + name
                        + " is not told the reason you give below."
                        : "Each participant is e-mailed a calendar cancellation; " + name
                        + " has no e-mail address, so tell them yourself.")
                .saying("If the company cancels, " + name + " is paid the cancellation fee of " + day.cancellationFee
                        + "; if " + name + " cancelled, nothing is owed.")
                .saying("A cancelled SuperDay cannot be reopened: to hold one again, schedule a new SuperDay.")
                .yes("Yes, cancel the SuperDay");
    }

    static String page(SuperDay day) {
        return "/superdays/" + day.id;
    }
}
