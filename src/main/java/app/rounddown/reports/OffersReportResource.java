package app.rounddown.reports;

import app.rounddown.opening.RoleType;
import app.rounddown.reports.OffersReport.Figure;
import app.rounddown.reports.OffersReport.OffersPage;
import app.rounddown.web.InvalidInput;
import app.rounddown.web.PageRequest;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Offers made, accepted and declined per role type, and the days from the SuperDay to an accepted offer. */
@Path("/reports")
public class OffersReportResource {
    static final String PATH = "/reports/offers";
    static final String TITLE = "Offers";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(OffersPage page);

        static native TemplateInstance candidates(BehindFigure behind);
    }

    @Inject
    Reports reports;
    @Inject
    OffersReport report;

    @GET
    @Path("offers")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@Context UriInfo uri) {
        return Templates.page(report.of(reports.frame(PATH, TITLE, uri.getQueryParameters())));
    }

    @GET
    @Path("offers.csv")
    @Produces("text/csv")
    public Response csv(@Context UriInfo uri) {
        OffersPage page = report.of(reports.frame(PATH, TITLE, uri.getQueryParameters()));
        return page.table().download("offers", page.frame().filter());
    }

    @GET
    @Path("offers/candidates")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance candidates(@Context UriInfo uri, @QueryParam("figure") String key,
                                       @QueryParam("offerRole") String role, @QueryParam("page") String page) {
        Figure figure = FigureRows.figure(Figure.class, key);
        if (figure == null) {
            throw InvalidInput.of("figure", "Choose a figure from the offers report.");
        }
        RoleType offerRole = null;
        if (role != null && !role.isBlank()) {
            try {
                offerRole = RoleType.valueOf(role.strip());
            } catch (IllegalArgumentException unknown) {
                throw InvalidInput.of("offerRole", "Choose a role type from the offers report.");
            }
        }
        ReportFrame frame = reports.frame(PATH, TITLE, uri.getQueryParameters());
        String title = figure.title + (offerRole == null ? "" : ": " + offerRole.label());
        return Templates.candidates(new BehindFigure(frame, title, report.behind(frame, figure, offerRole,
                PageRequest.parse(page, String.valueOf(BehindFigure.PAGE_SIZE))), PATH + "/candidates?" + frame.filter().query() + "&figure=" + FigureRows.key(figure)
                + (offerRole == null ? "" : "&offerRole=" + offerRole.name()) + "&"));
    }
}
