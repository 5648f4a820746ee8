package app.rounddown.candidate;

import app.rounddown.web.SqlValues;
import app.rounddown.web.Page;
import app.rounddown.web.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Candidates by any part of their name or e-mail, alphabetically, a page at a time (trigram indexes). */
public final class CandidateSearch {
    private CandidateSearch() {
    }

    public static Page<Candidate> page(String text, PageRequest request) {
        PanacheQuery<Candidate> query;
        if (text == null || text.isBlank()) {
            query = Candidate.find("order by lower(name), id");
        } else {
            String pattern = SqlValues.containing(text.strip());
            query = Candidate.find("lower(name) like ?1 escape '\\' or lower(email) like ?1 escape '\\' "
                    + "order by lower(name), id", pattern);
        }
        return Page.of(query.page(request.page(), request.size()).list(), request, query.count());
    }
}
