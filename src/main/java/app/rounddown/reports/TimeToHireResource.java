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

/** Time to hire: days from applying to each stage and to the hire, per role type and opening; CSV and drill-down. */
@Path("/reports")
@Produces(MediaType.TEXT_HTML)
public class TimeToHireResource {
    static final String PATH = "/reports/time-to-hire";

    @Inject
    Reports reports;
    @Inject
    TimeToHireReport report;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance timeToHire(TimeToHireReport.TimeToHirePage page);

        static native TemplateInstance candidates(BehindFigure behind);
    }

    @GET
    @Path("time-to-hire")
    public TemplateInstance timeToHire(@Context UriInfo uri) {
        return Templates.timeToHire(report.page(frame(uri)));
    }

    @GET
    @Path("time-to-hire.csv")
    @Produces("text/csv")
    public Response csv(@Context UriInfo uri, @QueryParam("part") String part) {
        ReportFrame frame = frame(uri);
        return report.csv(frame, part).download(TimeToHireReport.fileName(part), frame.filter());
    }

    @GET
    @Path("time-to-hire/candidates")
    public TemplateInstance candidates(@Context UriInfo uri, @QueryParam("stage") String stage,
                                       @QueryParam("page") String page) {
        return Templates.candidates(report.behind(frame(uri), stage, page));
    }

    private ReportFrame frame(UriInfo uri) {
        return reports.frame(PATH, "Time to hire", uri.getQueryParameters());
    }
}
