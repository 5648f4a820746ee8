package app.rounddown.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * An assignment knows whether its interviewer's card is in (V38, kept per statement since V45), so the queues find the
 * owed ones from an index: whatever one statement does to many cards at once (a load, an erasure), every assignment
 * ends up saying what the cards say, and an assignment whose answer did not change is not written.
 */
@QuarkusTest
class AssignmentFollowsCardsTest {
    @Inject
    Database database;

    @Test
    void manyCardsWrittenOrRemovedInOneStatementSetEachAssignmentsFlag() {
        long application = Fixtures.application(Fixtures.candidate(Fixtures.unique("Bulk Bea")), Fixtures.openingTae());
        Fixtures.move(application, "APPLIED", "CULTURE");
        Fixtures.Person first = Fixtures.person(Fixtures.unique("First Panelist"), "INTERVIEWER");
        Fixtures.Person second = Fixtures.person(Fixtures.unique("Second Panelist"), "INTERVIEWER");
        Fixtures.card(application, "CULTURE", first, 3);
        Fixtures.card(application, "CULTURE", second, 4);
        assertEquals(2, submitted(application), "each card submitted on its own sets its assignment's flag");

        // Both assignments said to be owed again (by hand), then both cards amended in one statement.
        database.update("update interview_assignment set card_submitted = false where application_id = ?", application);
        database.update("insert into scorecard (application_id, stage, interviewer_id, revision, kit_id, ratings, overall, "
                + "takeaways, submitted_at, amend_reason) select application_id, stage, interviewer_id, revision + 1, kit_id, "
                + "ratings, overall, takeaways, now(), 'Second thoughts' from scorecard where application_id = ?", application);
        assertEquals(2, submitted(application), "one statement's two cards set both flags");

        // A change to the cards that leaves them submitted writes no assignment.
        String before = database.text("select string_agg(xmin::text, ',' order by id) from interview_assignment "
                + "where application_id = ?", application);
        database.update("update scorecard set takeaways = takeaways || '.' where application_id = ?", application);
        assertEquals(before, database.text("select string_agg(xmin::text, ',' order by id) from interview_assignment "
                + "where application_id = ?", application), "no assignment row rewritten");

        // The amendments removed: the first revisions are still in.
        database.update("delete from scorecard where application_id = ? and revision = 2", application);
        assertEquals(2, submitted(application), "another revision of each card is in");

        // All the cards removed in one statement (as an erasure does): both owed again.
        database.update("delete from scorecard_view where application_id = ?", application);
        database.update("delete from scorecard where application_id = ?", application);
        assertEquals(0, submitted(application), "both flags cleared");
        // Off the queues again: other tests read the oldest hundred owed cards.
        database.update("update interview_assignment set excused_at = now(), excused_by = 'Test clean-up', "
                + "excused_reason = 'Test clean-up' where application_id = ?", application);
    }

    private long submitted(long application) {
        return database.count("select count(*) from interview_assignment where application_id = ? and card_submitted",
                application);
    }
}
