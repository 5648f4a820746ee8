package app.rounddown.reports;

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

/** Sources: applications by source, how far they get, and the best source per role type; CSV and drill-down. */
@Path("/reports")
@Produces(MediaType.TEXT_HTML)
public class SourcesResource {
    static final String PATH = "/reports/sources";

    @Inject
    Reports reports;
    @Inject
    SourcesReport report;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sources(SourcesReport.SourcesPage page);

        static native TemplateInstance candidates(BehindFigure behind);
    }

    @GET
    @Path("sources")
    public TemplateInstance sources(@Context UriInfo uri) {
        return Templates.sources(report.page(frame(uri)));
    }

    @GET
    @Path("sources.csv")
    @Produces("text/csv")
    public Response csv(@Context UriInfo uri, @QueryParam("part") String part) {
        ReportFrame frame = frame(uri);
        return report.csv(frame, part).download("best".equals(part) ? "sources-best" : "sources", frame.filter());
    }

    @GET
    @Path("sources/candidates")
    public TemplateInstance candidates(@Context UriInfo uri, @QueryParam("reached") String reached,
                                       @QueryParam("page") String page) {
        return Templates.candidates(report.behind(frame(uri), reached, page));
    }

    private ReportFrame frame(UriInfo uri) {
        return reports.frame(PATH, "Sources", uri.getQueryParameters());
    }
}
