package app.rounddown.reports;

import java.util.Locale;

/**
 * Helpers the decision clock, SuperDay money and offers reports share: figures named in links, counts linked to the
 * candidates behind them (paged by {@link Drill}), and how shares and durations read.
 */
final class FigureRows {
    private FigureRows() {
    }

    /**
     * Whether a report's query must join opening (and application, to reach it): the asker sees only some openings,
     * or the filters name an opening, a role type or a source. Without any, the report reads its own table alone.
     */
    static boolean needsOpening(ReportFrame frame) {
        ReportFilter filter = frame.filter();
        return !frame.scope().allOpenings() || filter.openingId() != null || filter.roleType() != null
                || filter.source() != null;
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

    /** A count with the candidates behind it; a zero links nowhere, since nobody is behind it. */
    static ReportTable.Cell linked(long count, String href) {
        return ReportTable.Cell.number(count, count == 0 ? null : href);
    }

    /** "75.0%", or empty when there is nothing to divide by. */
    static String percent(long part, long whole) {
        return Figures.percent(part, whole, 1, "");
    }

    /** One decimal, or empty for no value. */
    static String oneDecimal(Object value) {
        return value == null ? "" : String.format(Locale.ENGLISH, "%.1f", ((Number) value).doubleValue());
    }
}
