package app.rounddown.dossier;

import app.rounddown.access.Access;
import app.rounddown.opening.Opening;
import app.rounddown.people.CurrentUser;
import app.rounddown.pipeline.Stage;
import app.rounddown.web.Found;
import app.rounddown.web.HtmxRequests;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/boards")
@Produces(MediaType.TEXT_HTML)
public class BoardResource {
    @Inject
    CurrentUser current;
    @Inject
    Access access;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(BoardPage.Board board);

        static native TemplateInstance column(Opening opening, BoardPage.Column column, BoardFilter filter);

        static native TemplateInstance column$cards(Opening opening, BoardPage.Column column, BoardFilter filter);
    }

    @GET
    @Path("{openingId}")
    public TemplateInstance board(Long openingId, @QueryParam("q") String filter, @QueryParam("closed") String closed) {
        Opening opening = opening(openingId);
        return Templates.board(BoardPage.of(opening, BoardFilter.of(filter, closed), viewerOf(opening)));
    }

    /** "Show more" of one column: just the next cards for htmx, a page of its own without JavaScript. */
    @GET
    @Path("{openingId}/columns/{stage}")
    public TemplateInstance column(Long openingId, String stage, @QueryParam("q") String filter,
                                   @QueryParam("closed") String closed, @QueryParam("offset") String offset,
                                   @HeaderParam(HtmxRequests.HEADER) String htmx) {
        Opening opening = opening(openingId);
        BoardFilter shown = BoardFilter.of(filter, closed);
        BoardPage.Column column = BoardPage.column(opening, stageNamed(stage), shown, offsetOf(offset),
                viewerOf(opening));
        return HtmxRequests.asked(htmx) ? Templates.column$cards(opening, column, shown)
                : Templates.column(opening, column, shown);
    }

    private BoardPage.Viewer viewerOf(Opening opening) {
        return new BoardPage.Viewer(current.require(), access.mayChange(opening), access.seesPay(opening));
    }

    private static Opening opening(Long id) {
        return Found.or404(Opening.<Opening>find("from Opening o left join fetch o.hiringManager where o.id = ?1", id)
                .firstResult(), "opening", id);
    }

    private static Stage stageNamed(String name) {
        try {
            return Stage.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("There is no stage called " + name + ".");
        }
    }

    private static int offsetOf(String offset) {
        try {
            return offset == null ? 0 : Math.max(0, Integer.parseInt(offset));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
