package app.rounddown.dossier;

import static app.rounddown.support.SuperDayFixtures.atSuperDay;
import static app.rounddown.support.SuperDayFixtures.schedule;
import static app.rounddown.support.SuperDayFixtures.usualDay;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.people.User;
import app.rounddown.pipeline.Application;
import app.rounddown.pipeline.Stage;
import app.rounddown.scorecard.Assignment;
import app.rounddown.scorecard.Scorecard;
import app.rounddown.scorecard.ScorecardInput;
import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.Statements;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QueuesAndOpeningsStatementsTest {
    @Inject
    Database database;

    @Test
    void theRecruitersQueuesRunTheSameStatementsForAFewWaitingAndForManyMore() throws Exception {
        Fixtures.Person manager = Fixtures.person(Fixtures.unique("Quentin Queue"), "HIRING_MANAGER");
        long opening = Fixtures.opening(Fixtures.unique("Queued TAE"), "TECHNICAL_ACCOUNT_EXECUTIVE", manager.id());
        waiting(opening, manager, 1, 1);
        long before = statementsToRender(Fixtures.rita(), "/queues");
        waiting(opening, manager, 3, 20);
        long after = statementsToRender(Fixtures.rita(), "/queues");

        // Two to check the caller's API token, six for the queues: the notes mentioning me, who needs a decision,
        // the overdue cards, the SuperDays awaiting a decision, the offers awaiting my approval and the offers
        // underway (each with where its offer stands).
        assertEquals(8, before, "recruiter's queues statements");
        assertEquals(before, after);
    }

    @Test
    void aHiringManagersQueuesRunTheSameStatementsForOneOfEachAndForManyMore() throws Exception {
        Fixtures.Person few = Fixtures.person(Fixtures.unique("Harriet Few"), "HIRING_MANAGER");
        Fixtures.Person many = Fixtures.person(Fixtures.unique("Henry Many"), "HIRING_MANAGER");
        waiting(Fixtures.opening(Fixtures.unique("Few TAE"), "TECHNICAL_ACCOUNT_EXECUTIVE", few.id()), few, 1, 1);
        waiting(Fixtures.opening(Fixtures.unique("Many TAE"), "TECHNICAL_ACCOUNT_EXECUTIVE", many.id()), many, 7, 20);

        long forFew = statementsToRender(few, "/queues");
        long forMany = statementsToRender(many, "/queues");

        // The recruiter's eight (see above) but for the staff's two lists, which a hiring manager is not shown.
        assertEquals(6, forFew, "hiring manager's queues statements");
        assertEquals(forFew, forMany);
        String page = many.calls().get("/queues").then().statusCode(200).extract().asString();
        assertEquals(7, page.split("href=\"/decisions/").length - 1, "seven decisions due");
    }

    @Test
    void theOpeningsListRunsTheSameStatementsForAFewOpeningsAndForAFullPage() throws Exception {
        for (int i = 0; i < 2; i++) {
            applications(Fixtures.openingTae(), 3, "CULTURE");
        }
        long before = statementsToRender(Fixtures.rita(), "/openings");
        for (int i = 0; i < 50; i++) {
            applications(Fixtures.opening(Fixtures.unique("Listed TAE"), "TECHNICAL_ACCOUNT_EXECUTIVE",
                    Fixtures.person("Lister " + (i % 5), "HIRING_MANAGER").id()), 20, "TECHNICAL");
        }
        long after = statementsToRender(Fixtures.rita(), "/openings");

        // Two to check the caller's API token, one for the list: a page of openings with their hiring managers, the
        // counts the database keeps per opening and stage, and the total for the pager.
        assertEquals(3, before, "openings list statements");
        assertEquals(before, after);
    }

    private static long statementsToRender(Fixtures.Person viewer, String path) {
        return Statements.during(() -> viewer.calls().get(path).then().statusCode(200));
    }

    /**
     * What the queues list, in the opening: this many SuperDays over with the decision to make, and of each other
     * kind this many: a draft offer awaiting the hiring manager's approval, a candidate whose only card is in, and a
     * card overdue.
     */
    /**
     * The overdue cards made here are excused afterwards: the queue lists the oldest hundred, and other tests look for
     * theirs in it.
     */
    @AfterEach
    void excuseTheCardsMadeOverdue() throws Exception {
        database.update("update interview_assignment set excused_at = now(), excused_by = 'Test clean-up', "
                + "excused_reason = 'Test clean-up' where interviewer_id = ? and excused_at is null",
                Fixtures.person("Queued Interviewer", "INTERVIEWER").id());
    }

    private void waiting(long opening, Fixtures.Person manager, int superDays, int each) throws Exception {
        for (int i = 0; i < superDays; i++) {
            long application = atSuperDay(opening, Fixtures.unique("Dora Due"));
            schedule(usualDay(application, "UTC", LocalDate.now(ZoneOffset.UTC).minusDays(2).atTime(9, 0), manager.id(), null));
        }
        for (long id : applications(opening, each, "OFFER")) {
            database.update("insert into offer (application_id, role_type, ote, currency, base_percent, annual_quota, "
                    + "start_date, created_by) values (?, 'TECHNICAL_ACCOUNT_EXECUTIVE', 120000, 'USD', 50, 1000000, "
                    + "current_date + 30, 'Test data')", id);
        }
        List<Long> interviewed = applications(opening, 2 * each, "CULTURE");
        Instant lastWeek = Instant.now().minus(Duration.ofDays(7));
        QuarkusTransaction.requiringNew().run(() -> {
            User interviewer = User.findById(Fixtures.person("Queued Interviewer", "INTERVIEWER").id());
            for (int i = 0; i < interviewed.size(); i++) {
                Assignment assignment = Assignment.schedule(Application.findById(interviewed.get(i)), Stage.CULTURE,
                        interviewer, lastWeek, 60);
                if (i % 2 == 0) {
                    Scorecard.submitted(assignment, new ScorecardInput(Map.of(), 3, "A yes.", null, null), lastWeek);
                }
            }
        });
    }

    private List<Long> applications(long openingId, int count, String stage) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        database.execute("with c as (insert into candidate (name, email, time_zone, source) "
                + "select 'Queued ' || g, 'queued-" + tag + "-' || g || '@example.test', 'Europe/London', 'INBOUND' "
                + "from generate_series(1, " + count + ") g returning id) "
                + "insert into application (candidate_id, opening_id, stage, status, stage_entered_at) "
                + "select c.id, " + openingId + ", '" + stage + "', 'ACTIVE', now() from c");
        return Arrays.stream(database.text("select string_agg(a.id::text, ',') from application a "
                + "join candidate c on c.id = a.candidate_id where c.email like ?", "queued-" + tag + "-%")
                .split(",")).map(Long::valueOf).toList();
    }
}
