package app.rounddown.reports;

import app.rounddown.web.Page;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Helpers the decision clock, SuperDay money and offers reports share: one page of the candidates behind a figure in
 * a single statement (the total rides along as a window count), and how shares and durations read.
 */
final class FigureRows {
    private FigureRows() {
    }

    /**
     * Runs {@code select} (whose columns are the candidate's id, name, the opening's title, then the detail's values)
     * for one page in the given order (of the select's column names), in one statement; the mapper turns a row's
     * detail values into the drill-down's line.
     */
    @SuppressWarnings("unchecked")
    static Page<BehindFigure.Candidate> page(EntityManager em, String select, String order, ReportWhere where, int page,
                                             Function<Object[], String> detail) {
        Query query = em.createNativeQuery("select x.*, count(*) over () from (" + select + ") x order by " + order
                + " offset :offset limit :limit");
        where.bind(query).setParameter("offset", page * BehindFigure.PAGE_SIZE).setParameter("limit", BehindFigure.PAGE_SIZE);
        List<BehindFigure.Candidate> items = new ArrayList<>();
        long total = 0;
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            total = ((Number) row[row.length - 1]).longValue();
            items.add(new BehindFigure.Candidate(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                    detail.apply(Arrays.copyOfRange(row, 3, row.length - 1))));
        }
        return new Page<>(items, page, BehindFigure.PAGE_SIZE, total);
    }

    /** A figure's name in links: DIVERGENT_OFFER is "divergent-offer". */
    static String key(Enum<?> figure) {
        return figure.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The figure a link names, or null for one the report does not have. */
    static <E extends Enum<E>> E figure(Class<E> figures, String key) {
        for (E figure : figures.getEnumConstants()) {
            if (key(figure).equals(key)) {
                return figure;
            }
        }
        return null;
    }

    /** A page number from the query string; anything else is the first page. */
    static int pageNumber(String typed) {
        try {
            return typed == null ? 0 : Math.max(0, Math.min(Integer.parseInt(typed.strip()), 100_000));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    /** A count with the candidates behind it; a zero links nowhere, since nobody is behind it. */
    static ReportTable.Cell linked(long count, String href) {
        return ReportTable.Cell.number(count, count == 0 ? null : href);
    }

    /** "75.0%", or empty when there is nothing to divide by. */
    static String percent(long part, long whole) {
        return whole == 0 ? "" : String.format(Locale.ENGLISH, "%.1f%%", 100.0 * part / whole);
    }

    /** One decimal, or empty for no value. */
    static String oneDecimal(Object value) {
        return value == null ? "" : String.format(Locale.ENGLISH, "%.1f", ((Number) value).doubleValue());
    }

    static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
