package app.rounddown.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The tables that spare the funnel, time-to-hire and sources pages a pass over every stay (V32), kept by the database
 * in the same transaction as each stay: which stays are of applications that came back to a stage, and how far each application got
 * with its candidate's source.
 */
@QuarkusTest
class ReportSummariesTest {
    @Inject
    Database database;

    @Test
    void aStageAnApplicationComesBackToIsMarkedSoItsStaysAreGrouped() {
        long application = backToCulture("AGENCY");

        assertEquals("CULTURE", database.text("select string_agg(distinct stage, ',') from report_stage_visit "
                + "where application_id = ? and repeated", application));
    }

    @Test
    void eachApplicationKeepsItsFurthestStageAndItsCandidatesSource() {
        long application = backToCulture("REFERRAL");

        assertEquals("2026-03-02 10:00 REFERRAL 3", reach(application));

        database.update("update candidate set source = 'AGENCY' where id = (select candidate_id from application "
                + "where id = ?)", application);
        assertEquals("2026-03-02 10:00 AGENCY 3", reach(application));
    }

    /** An application that got to Technical and went back to Culture. */
    private static long backToCulture(String source) {
        long opening = Fixtures.opening("Summaries " + Fixtures.email(), "SALES_TEAM_LEAD");
        return ReportHistory.applied(opening, "Back Again", source, "2026-03-02T10:00").moved("CULTURE", "2026-03-03T10:00")
                .moved("TECHNICAL", "2026-03-04T10:00").moved("CULTURE", "2026-03-05T10:00").id();
    }

    private String reach(long application) {
        return database.text("select string_agg(to_char(applied_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI') || ' ' "
                + "|| source || ' ' || furthest, '|') from report_application_reach where application_id = ? "
                + "and opening_id = (select opening_id from application where id = ?)", application, application);
    }
}
