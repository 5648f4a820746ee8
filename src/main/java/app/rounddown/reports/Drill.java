package app.rounddown.reports;

import app.rounddown.web.Page;
import app.rounddown.web.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The candidates behind one figure, one page at a time, in a single statement: the report's own query (with the same
 * filters and scope as the figure) lists one row per application, and this pages it and counts it.
 */
final class Drill {
    private Drill() {
    }

    /**
     * {@code rows} selects {@code candidate_id, name, opening} and then the report's own columns, which
     * {@code detail} turns into the words shown beside the candidate.
     */
    @SuppressWarnings("unchecked")
    static Page<BehindFigure.Candidate> page(EntityManager em, String rows, ReportWhere where, Map<String, Object> extra,
                                             String page, Function<Object[], String> detail) {
        PageRequest request = PageRequest.parse(page, String.valueOf(BehindFigure.PAGE_SIZE));
        Query query = em.createNativeQuery("select b.*, count(*) over () from (" + rows + ") b "
                + "order by lower(b.name), b.candidate_id limit :pageSize offset :pageOffset");
        where.bind(query);
        extra.forEach(query::setParameter);
        query.setParameter("pageSize", request.size()).setParameter("pageOffset", request.offset());
        List<Object[]> found = query.getResultList();
        long total = found.isEmpty() ? 0 : ((Number) found.get(0)[found.get(0).length - 1]).longValue();
        List<BehindFigure.Candidate> candidates = found.stream().map(r -> new BehindFigure.Candidate(
                ((Number) r[0]).longValue(), (String) r[1], (String) r[2], detail.apply(r))).toList();
        return Page.of(candidates, request, total);
    }
}
