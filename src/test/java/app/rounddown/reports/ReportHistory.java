package app.rounddown.reports;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.Statements;
import io.quarkus.arc.Arc;
import java.time.OffsetDateTime;

/**
 * A hand-written history for report tests: applications and their events inserted with explicit times (the trigger
 * on application_event keeps report_stage_visit), so every figure can be worked out by hand. Times are UTC.
 */
public final class ReportHistory {
    private final Database database = Arc.container().instance(Database.class).get();
    private final long application;
    private String stage = "APPLIED";

    private ReportHistory(long application) {
        this.application = application;
    }

    /** A new candidate (named, with a source) applies to the opening at this time ("2026-03-02T10:00"). */
    public static ReportHistory applied(long opening, String name, String source, String at) {
        Database database = Arc.container().instance(Database.class).get();
        long candidate = database.count("insert into candidate (name, email, time_zone, source, created_at) "
                + "values (?, ?, 'Europe/London', ?, ?) returning id", name, Fixtures.email(), source, time(at));
        long application = database.count("insert into application (candidate_id, opening_id, stage, status, "
                + "stage_entered_at, created_at) values (?, ?, 'APPLIED', 'ACTIVE', ?, ?) returning id",
                candidate, opening, time(at), time(at));
        ReportHistory history = new ReportHistory(application);
        history.event("APPLIED", null, "APPLIED", null, "ACTIVE", null, at);
        return history;
    }

    public ReportHistory moved(String to, String at) {
        event("MOVED", stage, to, "ACTIVE", "ACTIVE", null, at);
        database.update("update application set stage = ?, stage_entered_at = ? where id = ?", to, time(at), application);
        stage = to;
        return this;
    }

    public ReportHistory rejected(String category, String at) {
        return ended("REJECTED", category, at);
    }

    public ReportHistory withdrew(String category, String at) {
        return ended("WITHDRAWN", category, at);
    }

    public ReportHistory hired(String at) {
        event("HIRED", stage, "HIRED", "ACTIVE", "HIRED", null, at);
        database.update("update application set stage = 'HIRED', status = 'HIRED', stage_entered_at = ? where id = ?",
                time(at), application);
        stage = "HIRED";
        return this;
    }

    public long id() {
        return application;
    }

    private ReportHistory ended(String status, String category, String at) {
        event(status, stage, stage, "ACTIVE", status, category, at);
        database.update("update application set status = ? where id = ?", status, application);
        return this;
    }

    private void event(String kind, String from, String to, String fromStatus, String toStatus, String category,
                       String at) {
        database.update("insert into application_event (application_id, kind, actor, occurred_at, from_stage, to_stage, "
                + "from_status, to_status, reason_category) values (?, ?, 'Report test', ?, ?, ?, ?, ?, ?)",
                application, kind, time(at), from, to, fromStatus, toStatus, category);
    }

    private static OffsetDateTime time(String at) {
        return OffsetDateTime.parse(at + ":00Z");
    }

    /**
     * The statements a report view runs when it reads its figures afresh: a change is noted first, as any write to
     * what reports read notes one, so the rows an earlier view kept are not used (KeptFigures).
     */
    public static long statementsAfresh(Runnable view) {
        Arc.container().instance(Database.class).get()
                .update("insert into report_change (xid) values (pg_current_xact_id()) on conflict do nothing");
        return Statements.during(view);
    }
}
