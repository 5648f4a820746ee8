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
        return percent(part, whole, 0, NONE);
    }

    /** Every report's shares: with {@code decimals} decimals ("75.0%" with one), or {@code none} of nothing. */
    static String percent(long part, long whole, int decimals, String none) {
        if (whole == 0) {
            return none;
        }
        double share = 100.0 * part / whole;
        return (decimals == 0 ? String.valueOf(Math.round(share)) : String.format(Locale.ENGLISH, "%." + decimals + "f", share))
                + "%";
    }

    static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
