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

/** The funnel: where candidates drop out, stage by stage, with a compared period; its CSV and its drill-down. */
@Path("/reports")
@Produces(MediaType.TEXT_HTML)
public class FunnelResource {
    static final String PATH = "/reports/funnel";
    static final String TITLE = "Funnel";

    @Inject
    Reports reports;
    @Inject
    FunnelReport funnel;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance funnel(FunnelReport.FunnelPage page);

        static native TemplateInstance candidates(BehindFigure behind);
    }

    @GET
    @Path("funnel")
    public TemplateInstance funnel(@Context UriInfo uri) {
        return Templates.funnel(funnel.page(frame(uri)));
    }

    @GET
    @Path("funnel.csv")
    @Produces("text/csv")
    public Response csv(@Context UriInfo uri, @QueryParam("part") String part) {
        ReportFrame frame = frame(uri);
        return funnel.csv(frame, part).download("reasons".equals(part) ? "funnel-reasons" : "funnel", frame.filter());
    }

    @GET
    @Path("funnel/candidates")
    public TemplateInstance candidates(@Context UriInfo uri, @QueryParam("stage") String stage,
                                       @QueryParam("outcome") String outcome, @QueryParam("reason") String reason,
                                       @QueryParam("page") String page) {
        return Templates.candidates(funnel.behind(frame(uri), stage, outcome, reason, page));
    }

    private ReportFrame frame(UriInfo uri) {
        return reports.frame(PATH, TITLE, uri.getQueryParameters());
    }
}
