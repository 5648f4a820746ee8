package app.rounddown.dossier;

import app.rounddown.access.Access;
import app.rounddown.web.Page;
import app.rounddown.web.PageRequest;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The openings, each with how many people are at each stage of its pipeline. */
@Path("/openings")
@Produces(MediaType.TEXT_HTML)
public class OpeningListResource {
    @Inject
    Access access;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page<OpeningListPage.Row> openings, OpeningListPage.Filters filters);
    }

    @GET
    public TemplateInstance list(@QueryParam("page") String page, @QueryParam("q") String q,
                                 @QueryParam("status") String status, @QueryParam("roleType") String roleType) {
        OpeningListPage.Filters filters = OpeningListPage.Filters.parse(q, status, roleType);
        return Templates.list(OpeningListPage.withCounts(PageRequest.parse(page, "50"), filters, access::mayChange),
                filters);
    }
}
