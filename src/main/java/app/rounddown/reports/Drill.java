package app.rounddown.reports;

import app.rounddown.candidate.Source;
import app.rounddown.opening.RoleType;
import app.rounddown.web.InvalidInput;
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
    static Page<BehindFigure.Candidate> page(EntityManager em, String rows, ReportWhere where, Map<String, Object> extra,
                                             String page, Function<Object[], String> detail) {
        return page(em, rows, "lower(b.name), b.candidate_id", where, extra,
                PageRequest.parse(page, String.valueOf(BehindFigure.PAGE_SIZE)), detail);
    }

    /**
     * The same in an order of the report's own ({@code order} names the columns of {@code rows} as {@code b.column});
     * {@code detail} gets the whole row, the candidate's id, name and opening first and the total last.
     */
    @SuppressWarnings("unchecked")
    static Page<BehindFigure.Candidate> page(EntityManager em, String rows, String order, ReportWhere where,
                                             Map<String, Object> extra, PageRequest request,
                                             Function<Object[], String> detail) {
        Query query = em.createNativeQuery("select b.*, count(*) over () from (" + rows + ") b "
                + "order by " + order + " limit :pageSize offset :pageOffset");
        where.bind(query);
        extra.forEach(query::setParameter);
        query.setParameter("pageSize", request.size()).setParameter("pageOffset", request.offset());
        List<Object[]> found = query.getResultList();
        long total = found.isEmpty() ? 0 : ((Number) found.get(0)[found.get(0).length - 1]).longValue();
        List<BehindFigure.Candidate> candidates = found.stream().map(r -> new BehindFigure.Candidate(
                ((Number) r[0]).longValue(), (String) r[1], (String) r[2], detail.apply(r))).toList();
        return Page.of(candidates, request, total);
    }

    /** The filters narrowed to one row of a report (an opening, a role type, a source); null keeps the filter's own. */
    static ReportFilter narrowed(ReportFilter f, Long openingId, RoleType roleType, Source source) {
        return new ReportFilter(f.from(), f.to(), openingId == null ? f.openingId() : openingId,
                roleType == null ? f.roleType() : roleType, source == null ? f.source() : source, f.zone(), f.form(),
                f.errors());
    }

    /** A drill-down's own choice (such as a stage), or a message for the person when it is not one of the list. */
    static <E extends Enum<E>> E choice(Class<E> type, String name, String field, String message) {
        try {
            return Enum.valueOf(type, name == null ? "" : name.strip());
        } catch (IllegalArgumentException unknown) {
            throw InvalidInput.of(field, message);
        }
    }
}
