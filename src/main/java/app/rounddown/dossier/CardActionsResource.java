package app.rounddown.dossier;

import app.rounddown.people.CurrentUser;
import app.rounddown.pipeline.Application;
import app.rounddown.scorecard.Gate;
import app.rounddown.scorecard.StageResults;
import app.rounddown.web.Found;
import app.rounddown.web.HtmxRequests;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * A board card's actions (move back or on, reject, withdraw, reopen, override), loaded when the card's "Actions" is
 * opened: the board then carries no form per card, and the forward button still says why a move is held. Without
 * JavaScript it is a small page of its own that returns to the board as it was filtered.
 */
@Path("/applications/{id}/actions")
@Produces(MediaType.TEXT_HTML)
public class CardActionsResource {
    @Inject
    CurrentUser current;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance actions(Application application, String held, List<String> reasons,
                                               String returnTo);

        static native TemplateInstance actions$panel(Application application, String held, List<String> reasons,
                                                     String returnTo);
    }

    @GET
    public TemplateInstance show(Long id, @QueryParam("q") String filter, @QueryParam("closed") String closed,
                                 @HeaderParam(HtmxRequests.HEADER) String htmx) {
        Application application = Found.or404(Application.<Application>find("from Application a join fetch a.candidate "
                + "join fetch a.opening where a.id = ?1", id).firstResult(), "application", id);
        // The card's badges name what holds a move; here the forward button names them too, and each gets its reason.
        List<Gate.Hold> holds = application.status.isActive()
                ? StageResults.of(application).holds(application.id, application.stage, current.require()) : List.of();
        String held = holds.isEmpty() ? null : BoardCard.Readiness.summaryOf(holds);
        List<String> reasons = holds.stream().map(Gate.Hold::reason).toList();
        String returnTo = "/boards/" + application.opening.id + BoardFilter.of(filter, closed).query();
        return HtmxRequests.asked(htmx) ? Templates.actions$panel(application, held, reasons, returnTo)
                : Templates.actions(application, held, reasons, returnTo);
    }
}
