package app.rounddown.reports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A second period to compare a report with (its own fields, compareFrom and compareTo, inside the shared filter form):
 * the same filters over other dates. Half a period or a date that cannot be read is explained beside the field and
 * left out, so the page still shows the first period.
 */
final class ComparedPeriod {
    private ComparedPeriod() {
    }

    /** The filters over the compared period, or null when none was asked for (or it could not be used). */
    static ReportFilter of(ReportFilter filter) {
        String typedFrom = filter.form().text("compareFrom");
        String typedTo = filter.form().text("compareTo");
        if (typedFrom == null && typedTo == null) {
            return null;
        }
        LocalDate from = date(filter, "compareFrom", typedFrom);
        LocalDate to = date(filter, "compareTo", typedTo);
        if (from == null || to == null) {
            return null;
        }
        if (from.isAfter(to)) {
            filter.errors().add("compareFrom", "The compared period starts after it ends; choose a start on or before "
                    + to + ".");
            return null;
        }
        if (from.isBefore(to.minusYears(ReportFilter.MAX_YEARS))) {
            filter.errors().add("compareFrom", "Choose a period of at most " + ReportFilter.MAX_YEARS + " years.");
            return null;
        }
        return filter.over(from, to);
    }

    private static LocalDate date(ReportFilter filter, String field, String typed) {
        if (typed == null) {
            filter.errors().add(field, "Give both dates of the period to compare with, or neither.");
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException notADate) {
            filter.errors().add(field, "Give the date as year-month-day, such as 2026-11-30.");
            return null;
        }
    }
}
