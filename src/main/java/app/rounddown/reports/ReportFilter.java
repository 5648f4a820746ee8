package app.rounddown.reports;

import app.rounddown.candidate.Source;
import app.rounddown.opening.RoleType;
import app.rounddown.web.FieldErrors;
import app.rounddown.web.FormData;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The filters every report shares: a date range (whole days in the company's time zone, both ends included),
 * one opening, a role type and a source. A value that cannot be used is reported beside its field and left out,
 * so the page still shows figures for the rest.
 */
public record ReportFilter(LocalDate from, LocalDate to, Long openingId, RoleType roleType, Source source,
                           ZoneId zone, FormData form, FieldErrors errors) {
    /** Without a range, reports cover the last twelve months up to today. */
    public static final int DEFAULT_DAYS = 365;
    /** Longer ranges are allowed; this only keeps a typo like 0202 from scanning two thousand years. */
    static final int MAX_YEARS = 10;
    static final Set<String> NAMES = Set.of("from", "to", "opening", "roleType", "source");

    public static ReportFilter parse(MultivaluedMap<String, String> query, LocalDate today, ZoneId zone) {
        Map<String, String> typed = new LinkedHashMap<>();
        query.forEach((name, values) -> {
            if (!values.isEmpty() && values.get(0) != null) {
                typed.put(name, values.get(0));
            }
        });
        return parse(FormData.of(typed), today, zone);
    }

    public static ReportFilter parse(FormData form, LocalDate today, ZoneId zone) {
        FieldErrors errors = FieldErrors.none();
        LocalDate to = date(form, "to", errors, today);
        LocalDate from = date(form, "from", errors, to.minusDays(DEFAULT_DAYS - 1));
        if (from.isAfter(to)) {
            errors.add("from", "The start date comes after the end date; choose a start on or before " + to + ".");
            from = to.minusDays(DEFAULT_DAYS - 1);
        }
        if (from.isBefore(to.minusYears(MAX_YEARS))) {
            errors.add("from", "Choose a range of at most " + MAX_YEARS + " years.");
            from = to.minusYears(MAX_YEARS);
        }
        Long openingId = null;
        if (form.text("opening") != null) {
            openingId = form.id("opening");
            if (openingId == null) {
                errors.add("opening", "Choose an opening from the list.");
            }
        }
        RoleType roleType = form.choice("roleType", RoleType.class);
        if (form.text("roleType") != null && roleType == null) {
            errors.add("roleType", "Choose a role type from the list.");
        }
        Source source = form.choice("source", Source.class);
        if (form.text("source") != null && source == null) {
            errors.add("source", "Choose a source from the list.");
        }
        return new ReportFilter(from, to, openingId, roleType, source, zone, form, errors);
    }

    private static LocalDate date(FormData form, String name, FieldErrors errors, LocalDate fallback) {
        String typed = form.text(name);
        if (typed == null) {
            return fallback;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException notADate) {
            errors.add(name, "Give the date as year-month-day, such as 2026-11-30.");
            return fallback;
        }
    }

    /** A filter the opening list refused (not the asker's, or gone) is shown beside the field and dropped. */
    public ReportFilter withoutOpening(String message) {
        errors.add("opening", message);
        return new ReportFilter(from, to, null, roleType, source, zone, form, errors);
    }

    /** The same filters over another range, for comparing two periods. */
    public ReportFilter over(LocalDate otherFrom, LocalDate otherTo) {
        return new ReportFilter(otherFrom, otherTo, openingId, roleType, source, zone, form, errors);
    }

    /** The first moment of the range. */
    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the range (the end date is included). */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The filters as a query string ("from=...&to=..."), for links to CSV files and the candidates behind a figure. */
    public String query() {
        StringBuilder query = new StringBuilder("from=").append(from).append("&to=").append(to);
        if (openingId != null) {
            query.append("&opening=").append(openingId);
        }
        if (roleType != null) {
            query.append("&roleType=").append(roleType.name());
        }
        if (source != null) {
            query.append("&source=").append(source.name());
        }
        return query.toString();
    }

    /** The query parameters a report keeps of its own (such as a compared period), besides the shared ones. */
    public static Map<String, String> others(MultivaluedMap<String, String> query) {
        return query.keySet().stream().filter(name -> !NAMES.contains(name))
                .collect(Collectors.toMap(name -> name, query::getFirst, (a, b) -> a, LinkedHashMap::new));
    }
}
