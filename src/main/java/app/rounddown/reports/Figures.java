package app.rounddown.reports;

import java.util.Locale;

/** How report numbers are written: days with one decimal, shares as whole percentages, a dash for none. */
final class Figures {
    static final String NONE = "–";

    private Figures() {
    }

    static String days(Double days) {
        return days == null ? NONE : String.format(Locale.ENGLISH, "%.1f", days);
    }

    /** A share of a whole, in whole percent; nothing to share of is a dash, not 0%. */
    static String percent(long part, long whole) {
        return whole == 0 ? NONE : Math.round(100.0 * part / whole) + "%";
    }

    static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
