package app.rounddown.dossier;

import app.rounddown.people.CurrentUser;
import app.rounddown.people.Role;
import app.rounddown.people.User;
import app.rounddown.web.Option;
import app.rounddown.web.PageRequest;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.List;

/**
 * The candidate list and search with its filters, and the header box's typeahead (the list reads applications,
 * notes, CVs and scorecards, so it lives with the other combined pages).
 */
@Path("/candidates")
@Produces(MediaType.TEXT_HTML)
public class CandidateListResource {
    /** How many names the header box suggests while typing. */
    static final int SUGGESTIONS = 8;

    @Inject
    CurrentUser me;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(CandidateFinder.Results candidates, CandidateList.Filters filters,
                                            List<Option> openings);

        static native TemplateInstance list$suggestions(CandidateFinder.Results candidates, CandidateList.Filters filters);
    }

    /** A transaction only so the search's planner setting stays within it; nothing is written. */
    @GET
    @Transactional
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("opening") String opening,
                                 @QueryParam("stage") String stage, @QueryParam("status") String status,
                                 @QueryParam("source") String source, @QueryParam("page") String page) {
        CandidateList.Filters filters = CandidateList.Filters.parse(q, opening, stage, status, source);
        CandidateFinder.Searcher searcher = searcher();
        return Templates.list(CandidateList.page(Panache.getEntityManager(), filters, searcher,
                PageRequest.parse(page, filters.q().isEmpty() ? "50" : CandidateFinder.PAGE_SIZE), CandidateFinder.COUNT_CAP),
                filters, CandidateList.openings(Panache.getEntityManager(), searcher, filters.openingId()));
    }

    /** The typeahead under the header's search box: the first few matches as links, nothing for an empty box. */
    @GET
    @Transactional
    @Path("suggestions")
    public TemplateInstance suggestions(@QueryParam("q") String q) {
        CandidateList.Filters filters = CandidateList.Filters.parse(q, null, null, null, null);
        CandidateFinder.Results found = filters.q().isEmpty()
                ? new CandidateFinder.Results(List.of(), 0, SUGGESTIONS, 0, false)
                : CandidateFinder.search(Panache.getEntityManager(), filters, searcher(),
                new PageRequest(0, SUGGESTIONS), CandidateFinder.COUNT_CAP);
        return Templates.list$suggestions(found, filters);
    }

    private CandidateFinder.Searcher searcher() {
        User user = me.require();
        return new CandidateFinder.Searcher(user.id,
                user.hasAny(EnumSet.of(Role.ADMIN, Role.RECRUITER, Role.HIRING_MANAGER)));
    }
}
