package app.rounddown.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Values to and from SQL: native query rows, whose Java type depends on the driver and Hibernate version, and LIKE patterns. */
public final class SqlValues {
    private SqlValues() {
    }

    /** A timestamptz column as an Instant; null stays null. */
    public static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    /** A pattern for {@code lower(column) like :pattern escape '\\'} that finds the text anywhere, in any case. */
    public static String containing(String text) {
        return "%" + text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
    }
}
