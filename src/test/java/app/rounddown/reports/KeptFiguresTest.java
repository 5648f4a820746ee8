package app.rounddown.reports;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.decision.DecisionClock;
import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.Statements;
import app.rounddown.support.SuperDayFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import app.rounddown.web.SqlValues;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reports keep their statements' rows between views, and never show what a change since has made untrue. */
@QuarkusTest
class KeptFiguresTest {
    static final String MAY = "from=2026-05-01&to=2026-05-31";
    static final List<String> REPORTS = List.of("funnel", "time-to-hire", "calibration", "sources", "offers",
            "superday-money", "predictors", "decision-clock");
    @Inject
    Database database;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    KeptFigures kept;
    @Inject
    EntityManager em;
    private Fixtures.Person manager;
    private long opening;
    private String path;

    @BeforeEach
    void history() {
        manager = Fixtures.person(Fixtures.unique("Kim Kept"), "HIRING_MANAGER");
        opening = Fixtures.opening(Fixtures.unique("Kept TAE"), "TECHNICAL_ACCOUNT_EXECUTIVE", manager.id());
        ReportHistory.applied(opening, Fixtures.unique("Kit Kept"), "INBOUND", "2026-05-04T10:00")
                .moved("CULTURE", "2026-05-06T10:00").moved("TECHNICAL", "2026-05-08T10:00");
        path = "/reports/time-to-hire.csv?" + MAY;
    }

    @Test
    void aRepeatedViewWithNothingChangedAnswersTheSameWithoutRunningTheReportAgain() {
        String first = csv();
        database.update("update opening set title = title where id = ?", opening);
        long afresh = Statements.during(this::csv);
        long keptView = Statements.during(this::csv);
        assertEquals(first, csv());
        assertTrue(keptView < afresh, "a kept view runs " + keptView + " statements, a fresh one " + afresh);
    }

    @Test
    void aChangeCommittedSinceIsShownAtTheNextView() {
        assertTrue(csv().contains("Kept TAE"));
        database.update("update opening set title = ? where id = ?", "Renamed TAE " + opening, opening);
        assertTrue(csv().contains("Renamed TAE " + opening));
    }

    @Test
    void aChangeUnderwayWhileTheReportWasReadIsShownOnceItCommits() throws Exception {
        try (Connection writer = dataSource.getConnection()) {
            writer.setAutoCommit(false);
            try (PreparedStatement rename = writer.prepareStatement("update opening set title = ? where id = ?")) {
                rename.setString(1, "Underway TAE " + opening);
                rename.setLong(2, opening);
                rename.executeUpdate();
            }
            String during = csv();
            assertFalse(during.contains("Underway TAE"), "not committed yet");
            assertEquals(during, csv(), "kept while the change is underway");
            writer.commit();
        }
        assertTrue(csv().contains("Underway TAE " + opening), "the committed change, not the rows kept before it");
    }

    @Test
    void rowsKeptUnderASnapshotBelowTheFloorAreReadAfresh() {
        csv();
        long keptView = Statements.during(this::csv);
        database.text("select cast(pg_current_xact_id() as text)");
        database.update("update report_change_floor set next_at = now() - interval '2 hours', "
                + "next_xmin = pg_current_xact_id()");
        kept.forgetOldChanges();
        assertEquals(0, database.count("select count(*) from report_change where xid < (select below from report_change_floor)"));
        assertEquals(keptView + 1, Statements.during(this::csv), "the report's statement runs again");
        assertEquals(keptView, Statements.during(this::csv), "and is kept again");
    }

    @Test
    void theFloorRisesOnlyToWhereItWasAnHourAgo() {
        String floor = database.text("select cast(below as text) from report_change_floor");
        String next = database.text("select cast(greatest(below, next_xmin) as text) from report_change_floor");
        database.update("update report_change_floor set next_at = now() - interval '59 minutes'");
        kept.forgetOldChanges();
        assertEquals(floor, database.text("select cast(below as text) from report_change_floor"));
        database.update("update report_change_floor set next_at = now() - interval '61 minutes'");
        kept.forgetOldChanges();
        assertEquals(next, database.text("select cast(below as text) from report_change_floor"));
    }

    @Test
    void everyReportsRepeatedViewIsAnsweredFromKeptRows() {
        for (String report : REPORTS) {
            String path = "/reports/" + report + "?" + MAY;
            long afresh = ReportHistory.statementsAfresh(() -> given().get(path).then().statusCode(200));
            long again = Statements.during(() -> given().get(path).then().statusCode(200));
            assertTrue(again < afresh, report + ": " + again + " statements viewed again, " + afresh + " afresh");
        }
    }

    @Test
    void everyTableTheKeptStatementsReadNotesItsChanges() {
        viewEveryReport();
        int statements = kept.size();
        viewEveryReport();
        assertEquals(statements, kept.size(), "the same views again ask nothing new (no value bound to the moment)");
        List<String> missing = new ArrayList<>();
        for (String statement : kept.statements()) {
            // Fires, and on every kind of write (insert 4, delete 8, update 16, truncate 32 in tgtype).
            String table = database.text("""
                    select string_agg(c.relname, ', ' order by c.relname) from pg_class c
                     where c.relnamespace = cast(current_schema() as regnamespace) and c.relkind in ('r', 'p')
                       and ? ~ ('\\m' || c.relname || '\\M')
                       and coalesce((select bit_or(t.tgtype::int) & 60 from pg_trigger t
                                      where t.tgrelid = c.oid and t.tgname like 'report_change_noted%'
                                        and t.tgenabled <> 'D'), 0) <> 60""", statement);
            if (table != null) {
                missing.add(table);
            }
        }
        assertTrue(kept.statements().size() >= 10, "the reports' statements: " + kept.statements().size());
        assertEquals(List.of(), missing);
    }

    @Test
    void rowsReadByATransactionThatHasWrittenAreNeitherUsedNorKept() {
        String title = "select count(*), max(o.title) from opening o where o.id = :opening";
        Map<String, Object> values = Map.of("opening", opening);
        String before = titleOf(title, values);
        assertThrows(QuarkusTransactionException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update opening set title = 'Rolled back' where id = ?1").setParameter(1, opening)
                    .executeUpdate();
            assertEquals("Rolled back", titleOf(title, values), "its own write, seen by itself");
            QuarkusTransaction.setRollbackOnly();
        }), "rolled back");
        assertEquals(before, titleOf(title, values), "not what the rolled-back transaction saw");
    }

    private String titleOf(String sql, Map<String, Object> values) {
        return QuarkusTransaction.joiningExisting().call(() -> (String) kept.rows(sql, values).get(0)[1]);
    }

    @Test
    void theDecisionClocksNextChangeIsTheNextEndOrDeadlineAndSuperDayMoneysTheNextEnd() {
        long superDay = SuperDayFixtures.schedule(SuperDayFixtures.usualDay(SuperDayFixtures.atSuperDay(opening,
                Fixtures.unique("Nia Next")), "Europe/London", LocalDate.now().plusYears(7).withDayOfYear(200).atTime(9, 0),
                Fixtures.hannah().id(), null));
        Instant ends = Instant.parse(database.text("select to_char(ends_at at time zone 'UTC', "
                + "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') from superday where id = ?", superDay));
        Instant due = ends.plus(DecisionClock.ALLOWED);
        assertEquals(ends, next(DecisionClockReport.NEXT_CHANGE, ends.minusSeconds(1)), "the day's end");
        assertEquals(due, next(DecisionClockReport.NEXT_CHANGE, ends), "then its 48 hours running out");
        assertEquals(due, next(DecisionClockReport.NEXT_CHANGE, due), "up to the moment they have");
        assertEquals(null, next(DecisionClockReport.NEXT_CHANGE, due.plusSeconds(1)), "then nothing is due");
        assertEquals(ends, next(SuperDayMoneyReport.NEXT_OWED, ends.minusSeconds(1)), "owed once it has ended");
        assertEquals(null, next(SuperDayMoneyReport.NEXT_OWED, ends), "then nothing is due");
    }

    private Instant next(KeptFigures.Moment moment, Instant at) {
        return QuarkusTransaction.requiringNew().call(() -> SqlValues.instant(em.createNativeQuery(
                moment.nextChange()).setParameter(moment.name(), Timestamp.from(at)).getSingleResult()));
    }

    @Test
    void rowsAskedAtAMomentAnswerForLaterOnesUntilTheNextChangeTheDataNames() {
        long superDay = SuperDayFixtures.schedule(SuperDayFixtures.usualDay(SuperDayFixtures.atSuperDay(opening,
                Fixtures.unique("Moe Moment")), "Europe/London", LocalDate.now().plusDays(40).atTime(9, 0),
                Fixtures.hannah().id(), null));
        Instant ends = Instant.parse(database.text("select to_char(ends_at at time zone 'UTC', "
                + "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') from superday where id = ?", superDay));
        String ended = "select count(*), min(s.id) from superday s where s.id = " + superDay + " and s.ends_at <= :now";
        KeptFigures.Moment moment = new KeptFigures.Moment("now",
                "select min(s.ends_at) from superday s where s.id = " + superDay + " and s.ends_at > :now");

        assertEquals(0, endedAt(ended, moment, ends.minusSeconds(7200)));
        assertEquals(1, Statements.during(() -> assertEquals(0, endedAt(ended, moment, ends.minusSeconds(3600)))),
                "an hour later, before the day ends: the kept rows, after one check");
        assertEquals(2, Statements.during(() -> assertEquals(1, endedAt(ended, moment, ends.plusSeconds(60)))),
                "once it has ended: read afresh");
        assertEquals(1, Statements.during(() -> assertEquals(1, endedAt(ended, moment, ends.plusSeconds(7200)))),
                "nothing else is due to change: kept");
        assertEquals(2, Statements.during(() -> assertEquals(0, endedAt(ended, moment, ends.minusSeconds(60)))),
                "an earlier moment than the rows were read at: read afresh");
    }

    private long endedAt(String sql, KeptFigures.Moment moment, Instant at) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) kept.rows(sql,
                Map.of("now", Timestamp.from(at)), moment).get(0)[0]).longValue());
    }

    @Test
    void anInstanceKeepsHalfAMillionValuesAtMostDroppingTheLeastRecentlyUsedAndNoStatementOverAQuarterOfThem() {
        String series = "select g, -g from generate_series(1, :rows) g";
        int rows = (KeptFigures.MOST_VALUES / 4 - KeptFigures.ENTRY - 20) / 2;
        for (int i = 0; i < 4; i++) {
            seriesOf(series, rows - i);
        }
        assertEquals(1, Statements.during(() -> seriesOf(series, rows)), "kept");
        seriesOf(series, rows - 4);
        assertEquals(1, Statements.during(() -> seriesOf(series, rows)), "used lately: still kept");
        assertEquals(2, Statements.during(() -> seriesOf(series, rows - 1)), "the least recently used went first");
        seriesOf(series, rows + 100);
        assertEquals(2, Statements.during(() -> seriesOf(series, rows + 100)), "over a quarter: never kept");
    }

    private void seriesOf(String sql, int rows) {
        List<Object[]> read = QuarkusTransaction.requiringNew().call(() -> kept.rows(sql, Map.of("rows", rows)));
        assertEquals(rows, read.size());
    }

    @Test
    void theKeyTellsValuesAndTheirTypesApart() {
        Map<String, Object> one = new LinkedHashMap<>(Map.of("a", 1L, "b", "x"));
        Map<String, Object> reordered = new LinkedHashMap<>();
        reordered.put("b", "x");
        reordered.put("a", 1L);
        assertEquals(KeptFigures.key("select", one, null), KeptFigures.key("select", reordered, null));
        assertNotEquals(KeptFigures.key("select", one, null), KeptFigures.key("select", Map.of("a", "1", "b", "x"), null));
        assertNotEquals(KeptFigures.key("select", Map.of("t", Timestamp.from(Instant.EPOCH)), null),
                KeptFigures.key("select", Map.of("t", Timestamp.from(Instant.EPOCH.plusMillis(1))), null));
        assertEquals(KeptFigures.key("select", Map.of("now", Timestamp.from(Instant.EPOCH), "a", 1L), "now"),
                KeptFigures.key("select", Map.of("now", Timestamp.from(Instant.EPOCH.plusMillis(1)), "a", 1L), "now"),
                "the moment is not part of the key");
    }

    private void viewEveryReport() {
        for (String report : REPORTS) {
            given().get("/reports/" + report + "?" + MAY).then().statusCode(200);
            given().get("/reports/" + report + "?" + MAY + "&source=INBOUND&roleType=TECHNICAL_ACCOUNT_EXECUTIVE")
                    .then().statusCode(200);
        }
        manager.calls().get("/reports/calibration/me").then().statusCode(200);
    }

    private String csv() {
        return manager.calls().get(path).then().statusCode(200).extract().asString();
    }
}
