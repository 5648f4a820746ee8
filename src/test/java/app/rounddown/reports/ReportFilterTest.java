package app.rounddown.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.rounddown.candidate.Source;
import app.rounddown.web.FormData;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportFilterTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static ReportFilter parse(Map<String, String> typed) {
        return ReportFilter.parse(FormData.of(typed), TODAY, BERLIN);
    }

    @Test
    void withoutFiltersAReportCoversTheLastTwelveMonthsUpToToday() {
        ReportFilter filter = parse(Map.of());
        assertEquals(TODAY, filter.to());
        assertEquals(LocalDate.of(2025, 12, 1), filter.from());
        assertFalse(filter.hasErrors());
    }

    @Test
    void theRangeIsWholeDaysInTheCompanysZoneWithBothEndsIncluded() {
        ReportFilter filter = parse(Map.of("from", "2026-03-01", "to", "2026-03-31"));
        assertEquals(Instant.parse("2026-02-28T23:00:00Z"), filter.start());
        assertEquals(Instant.parse("2026-03-31T22:00:00Z"), filter.end());
    }

    @Test
    void aDateThatIsNotADateIsExplainedBesideItsFieldAndTheDefaultIsUsed() {
        ReportFilter filter = parse(Map.of("from", "last spring"));
        assertEquals("Give the date as year-month-day, such as 2026-11-30.", filter.errors().get("from"));
        assertEquals(LocalDate.of(2025, 12, 1), filter.from());
    }

    @Test
    void aStartAfterTheEndIsExplained() {
        ReportFilter filter = parse(Map.of("from", "2026-06-01", "to", "2026-05-01"));
        assertEquals("The start date comes after the end date; choose a start on or before 2026-05-01.",
                filter.errors().get("from"));
    }

    @Test
    void unknownChoicesAreExplainedAndLeftOut() {
        ReportFilter filter = parse(Map.of("opening", "abc", "roleType", "WIZARD", "source", "REFERRAL"));
        assertNull(filter.openingId());
        assertNull(filter.roleType());
        assertEquals(Source.REFERRAL, filter.source());
        assertEquals("Choose an opening from the list.", filter.errors().get("opening"));
        assertEquals("Choose a role type from the list.", filter.errors().get("roleType"));
    }

    @Test
    void theQueryStringCarriesTheFiltersToCsvAndDrillDownLinks() {
        assertEquals("from=2026-01-01&to=2026-01-31&source=AGENCY",
                parse(Map.of("from", "2026-01-01", "to", "2026-01-31", "source", "AGENCY")).query());
    }
}
