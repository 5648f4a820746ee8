package app.rounddown.reports;

import app.rounddown.reports.SuperDayMoneyReport.MoneyPage;
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

/** What SuperDays cost: fees paid, donated and for cancellations, per month and per hire, each currency apart. */
@Path("/reports")
public class SuperDayMoneyResource {
    static final String PATH = "/reports/superday-money";
    static final String TITLE = "SuperDay money";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(MoneyPage page);
    }

    @Inject
    Reports reports;
    @Inject
    SuperDayMoneyReport report;

    @GET
    @Path("superday-money")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@Context UriInfo uri) {
        return Templates.page(report.of(reports.frame(PATH, TITLE, uri.getQueryParameters())));
    }

    /** The money per month as CSV; {@code table=per-hire} gives the per-hire table instead. */
    @GET
    @Path("superday-money.csv")
    @Produces("text/csv")
    public Response csv(@Context UriInfo uri, @QueryParam("table") String table) {
        MoneyPage page = report.of(reports.frame(PATH, TITLE, uri.getQueryParameters()));
        return "per-hire".equals(table) ? page.perHire().download("superday-money-per-hire", page.frame().filter())
                : page.months().download("superday-money", page.frame().filter());
    }
}
