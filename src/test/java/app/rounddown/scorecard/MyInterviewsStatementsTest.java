package app.rounddown.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.people.User;
import app.rounddown.pipeline.Application;
import app.rounddown.pipeline.Stage;
import app.rounddown.support.Fixtures;
import app.rounddown.support.LeavesOverdueCards;
import app.rounddown.support.Statements;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MyInterviewsStatementsTest extends LeavesOverdueCards {
    @Test
    void myInterviewsRunTheSameStatementsForFourInterviewsAndForForty() throws Exception {
        Fixtures.Person few = Fixtures.person(Fixtures.unique("Fiona Few"), "INTERVIEWER");
        Fixtures.Person many = Fixtures.person(Fixtures.unique("Manny Many"), "INTERVIEWER");
        interviews(few, 2);
        interviews(many, 20);

        long forFew = statementsToRender(few);
        long forMany = statementsToRender(many);

        // Two to check the caller's API token (the token, the person with their roles), three for the page: the
        // interviews from today on, the cards still owed, and the viewer's drafts and recent cards.
        assertTrue(forFew > 0 && forFew <= 5, "my interviews statements: " + forFew);
        assertEquals(forFew, forMany);
        String page = many.calls().get("/interviews").then().statusCode(200).extract().asString();
        assertEquals(40, page.split("href=\"/interviews/").length - 1, "20 upcoming and 20 owed shown");
    }

    private static long statementsToRender(Fixtures.Person interviewer) {
        return Statements.during(() -> interviewer.calls().get("/interviews").then().statusCode(200));
    }

    /**
     * Per application, an interview next week (every other one with a draft card) and one last week whose card is
     * still owed, so both lists and the card states behind them grow.
     */
    private void interviews(Fixtures.Person interviewer, int applications) throws Exception {
        List<Long> ids = applications(Fixtures.openingTae(), applications);
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> {
            User person = User.findById(interviewer.id());
            for (int i = 0; i < ids.size(); i++) {
                Application application = Application.findById(ids.get(i));
                Assignment.schedule(application, Stage.CULTURE, person, now.minus(Duration.ofDays(7)), 60);
                Assignment.schedule(application, Stage.TECHNICAL, person,
                        now.plus(Duration.ofDays(7 + i)), 60);
                if (i % 2 == 0) {
                    Scorecard.draft(application, Stage.TECHNICAL, person,
                            InterviewKit.currentFor(Stage.TECHNICAL, application.opening.roleType))
                            .fill(new ScorecardInput(Map.of(), 3, "Drafting", null, null), now);
                }
            }
        });
    }

    private List<Long> applications(long openingId, int count) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        database.execute("with c as (insert into candidate (name, email, time_zone, source) "
                + "select 'Interviewed ' || g, 'interviewed-" + tag + "-' || g || '@example.test', 'Europe/London', 'INBOUND' "
                + "from generate_series(1, " + count + ") g returning id) "
                + "insert into application (candidate_id, opening_id, stage, status, stage_entered_at) "
                + "select c.id, " + openingId + ", 'CULTURE', 'ACTIVE', now() from c");
        return Arrays.stream(database.text("select string_agg(a.id::text, ',') from application a "
                + "join candidate c on c.id = a.candidate_id where c.email like ?", "interviewed-" + tag + "-%")
                .split(",")).map(Long::valueOf).toList();
    }
}
