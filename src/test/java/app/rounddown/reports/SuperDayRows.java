package app.rounddown.reports;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import io.quarkus.arc.Arc;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * SuperDays, decisions, cards, offers and hires written straight into the tables with explicit times, so the report
 * tests can compute every figure by hand (the pages that write them are tested elsewhere).
 */
public final class SuperDayRows {
    private SuperDayRows() {
    }

    public static Database database() {
        return Arc.container().instance(Database.class).get();
    }

    /** A named candidate's application to the opening, through the API. */
    public static long applicant(long opening, String name) {
        return Fixtures.application(Fixtures.candidate(Fixtures.unique(name)), opening);
    }

    /** The application waits at the SuperDay stage (as the queues require of an undecided day), or has this status. */
    public static void standing(long application, String status) {
        database().update("update application set stage = 'SUPERDAY', status = ? where id = ?", status, application);
    }

    /** A held SuperDay that ended at this moment (eight hours long), with its fee. */
    public static long superDay(long application, Instant endsAt, String fee, String currency) {
        return insert(application, endsAt, fee, "500", currency, "SUBMITTED", null, null);
    }

    /** A SuperDay cancelled at this moment, by the company (the cancellation fee applies) or by the candidate. */
    public static long cancelled(long application, Instant endsAt, Instant cancelledAt, String cancellationFee, String currency,
                          boolean byCompany) {
        return insert(application, endsAt, "1000", cancellationFee, currency, "CANCELLED", cancelledAt, byCompany);
    }

    private static long insert(long application, Instant endsAt, String fee, String cancellationFee, String currency,
                               String status, Instant cancelledAt, Boolean byCompany) {
        String hash = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
        return Long.parseLong(database().text("insert into superday (application_id, candidate_zone, status, portal_nonce, "
                        + "portal_token_hash, starts_at, ends_at, fee, cancellation_fee, currency, cancelled_at, cancelled_reason, "
                        + "cancelled_by_company, created_by) values (?, 'Europe/London', ?, 'nonce', ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        + "'report test') returning id", application, status, hash.substring(0, 64),
                Timestamp.from(endsAt.minusSeconds(8 * 3600)), Timestamp.from(endsAt), new BigDecimal(fee),
                new BigDecimal(cancellationFee), currency, cancelledAt == null ? null : Timestamp.from(cancelledAt),
                cancelledAt == null ? null : "Plans changed", byCompany));
    }

    public static void paid(long superDay, LocalDate on, boolean donated) {
        database().update("update superday set paid_on = ?, donate_fee = ? where id = ?", on, donated, superDay);
    }

    /** The hiring manager's decision at this moment: OFFER or REJECT, with or without a discussion note. */
    public static void decision(long application, String outcome, Instant at, boolean noted) {
        boolean reject = outcome.equals("REJECT");
        database().update("insert into decision (application_id, outcome, discussion_note, message, reapply_after, "
                        + "decided_by, decided_at) values (?, ?, ?, ?, ?, 'Hedda', ?)", application, outcome,
                noted ? "We talked it through." : null, reject ? "Thank you for the day." : null,
                reject ? LocalDate.of(2027, 6, 1) : null, Timestamp.from(at));
    }

    /** A submitted SuperDay card of this reviewer, as this revision. */
    public static void card(long application, long reviewer, int revision, int overall) {
        database().update("insert into scorecard (application_id, stage, interviewer_id, revision, kit_id, overall, takeaways, "
                        + "submitted_at) values (?, 'SUPERDAY', ?, ?, (select max(id) from interview_kit where stage = 'SUPERDAY'), "
                        + "?, 'Takeaways', ?)", application, reviewer, revision, overall,
                Timestamp.from(Instant.parse("2026-03-01T12:00:00Z").plusSeconds(revision * 60L)));
    }

    /** An offer with this status, drafted, sent and answered at these moments (null for not yet). */
    public static void offer(long application, String roleType, String status, Instant created, Instant sent, Instant answered) {
        database().update("insert into offer (application_id, role_type, ote, currency, base_percent, annual_quota, start_date, "
                        + "status, sent_at, answered_at, created_by, created_at) values (?, ?, 100000, 'USD', 50, 400000, "
                        + "'2026-09-01', ?, ?, ?, 'report test', ?)", application, roleType, status,
                sent == null ? null : Timestamp.from(sent), answered == null ? null : Timestamp.from(answered),
                Timestamp.from(created));
    }

    /** The application was hired at this moment: the event keeps the report's stage visits. */
    public static void hired(long application, Instant at) {
        database().update("insert into application_event (application_id, kind, actor, occurred_at, from_stage, to_stage, "
                + "from_status, to_status) values (?, 'HIRED', 'report test', ?, 'OFFER', 'HIRED', 'ACTIVE', 'HIRED')",
                application, Timestamp.from(at));
    }
}
