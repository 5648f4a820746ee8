package app.rounddown.dossier;

import app.rounddown.opening.Opening;
import app.rounddown.web.Page;
import app.rounddown.web.PageRequest;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The candidate list with its filters (the list reads applications, so it lives with the other combined pages). */
@Path("/candidates")
@Produces(MediaType.TEXT_HTML)
public class CandidateListResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page<CandidateList.Row> candidates, CandidateList.Filters filters,
                                            List<Opening> openings);
    }

    @GET
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("opening") String opening,
                                 @QueryParam("stage") String stage, @QueryParam("status") String status,
                                 @QueryParam("source") String source, @QueryParam("page") String page) {
        CandidateList.Filters filters = CandidateList.Filters.parse(q, opening, stage, status, source);
        return Templates.list(CandidateList.page(Panache.getEntityManager(), filters, PageRequest.parse(page, "50")),
                filters, CandidateList.openings());
    }
}
