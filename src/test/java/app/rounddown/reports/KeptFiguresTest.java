package app.rounddown.reports;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.Statements;
import app.rounddown.support.SuperDayFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
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
    @Inject
    Database database;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    KeptFigures kept;
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
    void everyTableTheKeptStatementsReadNotesItsChanges() {
        viewEveryReport();
        int statements = kept.size();
        viewEveryReport();
        assertEquals(statements, kept.size(), "the same views again ask nothing new (no value bound to the moment)");
        List<String> missing = new ArrayList<>();
        for (String statement : kept.statements()) {
            String table = database.text("""
                    select string_agg(c.relname, ', ' order by c.relname) from pg_class c
                     where c.relnamespace = cast(current_schema() as regnamespace) and c.relkind in ('r', 'p')
                       and ? ~ ('\\m' || c.relname || '\\M')
                       and not exists (select 1 from pg_trigger t
                                        where t.tgrelid = c.oid and t.tgname = 'report_change_noted')""", statement);
            if (table != null) {
                missing.add(table);
            }
        }
        assertTrue(kept.statements().size() >= 10, "the reports' statements: " + kept.statements().size());
        assertEquals(List.of(), missing);
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
    void anInstanceKeepsAMillionValuesAtMostDroppingTheLeastRecentlyUsedAndNoStatementOverAQuarterOfThem() {
        String series = "select g, -g from generate_series(1, :rows) g";
        int rows = KeptFigures.MOST_VALUES / 4 / 2;
        for (int i = 0; i < 4; i++) {
            seriesOf(series, rows - i);
        }
        assertEquals(1, Statements.during(() -> seriesOf(series, rows)), "kept");
        seriesOf(series, rows - 4);
        assertEquals(1, Statements.during(() -> seriesOf(series, rows)), "used lately: still kept");
        assertEquals(2, Statements.during(() -> seriesOf(series, rows - 1)), "the least recently used went first");
        seriesOf(series, rows + 1);
        assertEquals(2, Statements.during(() -> seriesOf(series, rows + 1)), "over a quarter: never kept");
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
        for (String report : List.of("funnel", "time-to-hire", "calibration", "sources", "offers", "superday-money",
                "predictors", "decision-clock")) {
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
