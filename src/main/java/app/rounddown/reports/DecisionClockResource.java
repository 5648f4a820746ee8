package app.rounddown.reports;

import app.rounddown.reports.DecisionClockReport.DecisionClockPage;
import app.rounddown.reports.DecisionClockReport.Figure;
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

/** The decision clock: whether SuperDays are decided within 48 hours of their end, and how divergent panels ended. */
@Path("/reports")
public class DecisionClockResource {
    static final String PATH = "/reports/decision-clock";
    static final String TITLE = "Decision clock";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(DecisionClockPage page);

        static native TemplateInstance candidates(BehindFigure behind);
    }

    @Inject
    Reports reports;
    @Inject
    DecisionClockReport report;

    @GET
    @Path("decision-clock")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@Context UriInfo uri) {
        return Templates.page(report.of(reports.frame(PATH, TITLE, uri.getQueryParameters())));
    }

    /** The clock per opening as CSV; {@code table=panels} gives the panels' table instead. */
    @GET
    @Path("decision-clock.csv")
    @Produces("text/csv")
    public Response csv(@Context UriInfo uri, @QueryParam("table") String table) {
        DecisionClockPage page = report.of(reports.frame(PATH, TITLE, uri.getQueryParameters()));
        return "panels".equals(table) ? page.panels().download("decision-clock-panels", page.frame().filter())
                : page.clocks().download("decision-clock", page.frame().filter());
    }

    @GET
    @Path("decision-clock/candidates")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance candidates(@Context UriInfo uri, @QueryParam("figure") String key,
                                       @QueryParam("page") String page) {
        Figure figure = FigureRows.figure(Figure.class, key);
        if (figure == null) {
            throw InvalidInput.of("figure", "Choose a figure from the decision clock report.");
        }
        ReportFrame frame = reports.frame(PATH, TITLE, uri.getQueryParameters());
        return Templates.candidates(new BehindFigure(frame, figure.title, report.behind(frame, figure,
                PageRequest.parse(page, String.valueOf(BehindFigure.PAGE_SIZE))), PATH + "/candidates?" + frame.filter().query() + "&figure=" + FigureRows.key(figure) + "&"));
    }
}
