package app.rounddown.reports;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.Fixtures.Person;
import java.time.LocalDate;
import java.util.Map;

/** Hires made straight in the database (the offer, the roster, the quarters and the cards), for the predictors report. */
public record HireFixtures(Database database, Person manager) {

    public long opening() {
        return Long.parseLong(database.text("insert into opening (title, role_type, hiring_manager_id) "
                + "values (?, 'TECHNICAL_ACCOUNT_EXECUTIVE', ?) returning id", Fixtures.unique("Predicted TAE"), manager.id()));
    }

    /** A hired application with its accepted offer, on the hiring manager's roster; returns the application. */
    public long hire(long openingId, LocalDate startsOn, LocalDate endsOn, Map<LocalDate, Integer> quarters) {
        long candidate = Long.parseLong(database.text("insert into candidate (name, email, time_zone, source) "
                + "values (?, ?, 'Europe/London', 'INBOUND') returning id", Fixtures.unique("Hire"), Fixtures.email()));
        long application = Long.parseLong(database.text("insert into application (candidate_id, opening_id, stage, status, "
                + "stage_entered_at) values (?, ?, 'HIRED', 'HIRED', now()) returning id", candidate, openingId));
        long offer = Long.parseLong(database.text("insert into offer (application_id, role_type, ote, currency, base_percent, "
                + "annual_quota, start_date, status, created_by) values (?, 'TECHNICAL_ACCOUNT_EXECUTIVE', 100000, 'USD', 50, "
                + "400000, ?, 'ACCEPTED', 'Test') returning id", application, startsOn));
        member(offer, startsOn, endsOn, quarters);
        return application;
    }

    /** Someone on the roster (from an offer, or added by hand when offer is null) with their recorded quarters. */
    public long member(Long offer, LocalDate startsOn, LocalDate endsOn, Map<LocalDate, Integer> quarters) {
        long member = Long.parseLong(database.text("insert into team_member (manager_id, name, starts_on, ends_on, "
                + "annual_quota, offer_id) values (?, 'Member', ?, ?, 400000, ?) returning id", manager.id(), startsOn, endsOn, offer));
        quarters.forEach((day, percent) -> database.update("insert into quarterly_attainment (team_member_id, quarter_start, "
                + "attainment_percent, recorded_by) values (?, ?, ?, 'Test')", member, day, percent));
        return member;
    }

    /** A card on the first kit of the stage (its criteria are fixed by the migration), submitted now or a draft. */
    public void card(long application, String stage, Person interviewer, int revision, int overall, String ratings,
                     boolean submitted) {
        database.update("insert into scorecard (application_id, stage, interviewer_id, revision, kit_id, ratings, overall, "
                + "takeaways, submitted_at) values (?, ?, ?, ?, (select id from interview_kit where stage = ? "
                + "and role_type is null and version = 1), ?::jsonb, ?, 'Takeaways', " + (submitted ? "now()" : "null") + ")",
                application, stage, interviewer.id(), revision, stage, ratings, overall);
    }
}
