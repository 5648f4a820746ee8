package app.rounddown.reports;

import static app.rounddown.reports.SuperDayRows.applicant;
import static app.rounddown.reports.SuperDayRows.card;
import static app.rounddown.reports.SuperDayRows.database;
import static app.rounddown.reports.SuperDayRows.superDay;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rounddown.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The tables V33 keeps for the decision clock follow every change in the same transaction: report_superday a SuperDay
 * moved or cancelled after it was booked, report_superday_panel a draft card submitted later and a newer revision
 * ("the latest submitted revision of each reviewer counts", as RoundDown counts them).
 */
@QuarkusTest
class SuperDayReportTablesTest {
    private static String day(long superDay) {
        return database().text("select opening_id || ',' || extract(epoch from ends_at)::bigint || ',' || live "
                + "from report_superday where superday_id = ?", superDay);
    }

    private static String panel(long application) {
        return database().text("select lowest || ',' || highest || ',' || result from report_superday_panel "
                + "where application_id = ?", application);
    }

    @Test
    void aSuperDayMovedOrCancelledIsFollowed() {
        long hugo = Fixtures.person(Fixtures.unique("Hugo Tables"), "HIRING_MANAGER").id();
        long opening = Fixtures.opening(Fixtures.unique("Tables TAE"), "TECHNICAL_ACCOUNT_EXECUTIVE", hugo);
        Instant end = Instant.parse("2026-04-01T17:00:00Z");
        long day = superDay(applicant(opening, "Tia Tables"), end, "1000", "USD");
        assertEquals(opening + "," + end.getEpochSecond() + ",true", day(day));

        Instant moved = end.plusSeconds(86_400);
        database().update("update superday set starts_at = ?, ends_at = ? where id = ?",
                Timestamp.from(moved.minusSeconds(8 * 3600)), Timestamp.from(moved), day);
        assertEquals(opening + "," + moved.getEpochSecond() + ",true", day(day));

        database().update("update superday set status = 'CANCELLED', cancelled_at = ?, cancelled_reason = 'Plans changed', "
                + "cancelled_by_company = true where id = ?", Timestamp.from(end), day);
        assertEquals(opening + "," + moved.getEpochSecond() + ",false", day(day));
    }

    @Test
    void aDraftSubmittedLaterAndANewerRevisionAreFollowed() {
        long hugo = Fixtures.person(Fixtures.unique("Hugo Panels"), "HIRING_MANAGER").id();
        long opening = Fixtures.opening(Fixtures.unique("Panels TAE"), "TECHNICAL_ACCOUNT_EXECUTIVE", hugo);
        long application = applicant(opening, "Pia Panels");
        superDay(application, Instant.parse("2026-04-01T17:00:00Z"), "1000", "USD");
        long r1 = Fixtures.person(Fixtures.unique("Rae Panels"), "INTERVIEWER").id();
        long r2 = Fixtures.person(Fixtures.unique("Rob Panels"), "INTERVIEWER").id();
        card(application, r1, 1, 2);
        card(application, r2, 1, 3);
        assertEquals("2,3,2", panel(application)); // 2.5 rounded down

        database().update("insert into scorecard (application_id, stage, interviewer_id, revision, kit_id, overall, "
                + "takeaways) values (?, 'SUPERDAY', ?, 2, (select max(id) from interview_kit where stage = 'SUPERDAY'), 4, "
                + "'Takeaways')", application, r1);
        assertEquals("2,3,2", panel(application)); // a draft does not count yet

        database().update("update scorecard set submitted_at = ? where application_id = ? and interviewer_id = ? "
                + "and revision = 2", Timestamp.from(Instant.parse("2026-04-02T12:00:00Z")), application, r1);
        assertEquals("3,4,3", panel(application)); // Rae's 4 replaces her 2: 3.5 rounded down
    }
}
