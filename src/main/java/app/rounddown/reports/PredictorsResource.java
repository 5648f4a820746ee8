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

/** Report 8: which stage and criterion scores separate hires who reach their quota, and stay, from the rest. */
@Path("/reports")
public class PredictorsResource {
    static final String PATH = "/reports/predictors";
    /** Quota and retention take a year to show, so without a usable start this report looks back three years of hires. */
    static final int DEFAULT_YEARS = 3;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(PredictorsPage page);

        static native TemplateInstance candidates(BehindFigure behind);
    }

    @Inject
    Reports reports;
    @Inject
    Predictors predictors;

    @GET
    @Path("predictors")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@Context UriInfo uri) {
        return Templates.page(read(uri));
    }

    @GET
    @Path("predictors.csv")
    @Produces("text/csv")
    public Response csv(@Context UriInfo uri) {
        PredictorsPage page = read(uri);
        return page.csv().download("predictors", page.frame().filter());
    }

    /** The hires behind one of the counts (reached quota, did not, not known; stayed, left, too recent). */
    @GET
    @Path("predictors/candidates")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance candidates(@Context UriInfo uri, @QueryParam("group") String group,
                                       @QueryParam("page") String page) {
        return Templates.candidates(predictors.behind(frame(uri), group, page));
    }

    private PredictorsPage read(UriInfo uri) {
        ReportFrame frame = frame(uri);
        return PredictorsPage.of(frame, predictors.of(frame));
    }

    private ReportFrame frame(UriInfo uri) {
        ReportFrame frame = reports.frame(PATH, "What predicts a good hire", uri.getQueryParameters());
        ReportFilter filter = frame.filter();
        if (filter.form().text("from") == null || filter.errors().has("from")) {
            filter = filter.over(filter.to().minusYears(DEFAULT_YEARS).plusDays(1), filter.to());
            frame = new ReportFrame(frame.path(), frame.title(), filter, frame.scope(), frame.openings(), frame.asOf());
        }
        return frame;
    }
}
