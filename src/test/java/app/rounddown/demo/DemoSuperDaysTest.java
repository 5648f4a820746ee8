package app.rounddown.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.people.Role;
import app.rounddown.pipeline.Stage;
import app.rounddown.scorecard.Assignment;
import app.rounddown.scorecard.InterviewKit;
import app.rounddown.scorecard.Scorecard;
import app.rounddown.superday.Block;
import app.rounddown.superday.Submission;
import app.rounddown.superday.SuperDay;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, item 20, for the demo SuperDays: "Make the demo story consistent: recruiters move, interviewers score their
 * stage's criteria, dates in order." Review cards rate every criterion of the SuperDay kit for the opening's role type.
 */
@QuarkusTest
class DemoSuperDaysTest {
    @Inject
    DemoData demo;

    @Test
    @TestTransaction
    void aRecruiterSchedulesEachDayAfterTheMoveAndReviewersRateTheWholeKitAfterTheDay() {
        Instant now = Instant.now();
        long before = SuperDay.<SuperDay>find("order by id desc").firstResultOptional().map(d -> d.id).orElse(0L);
        demo.tell(now);
        List<SuperDay> days = SuperDay.list("id > ?1 order by id", before);
        assertTrue(days.size() >= 5, "demo SuperDays: " + days.size());
        int reviewed = 0;
        for (SuperDay day : days) {
            String who = day.application.candidate.name;
            assertEquals("Rita Recruiter", day.createdBy, "who scheduled the SuperDay of " + who);
            assertTrue(day.contact.has(Role.RECRUITER), "the contact of " + who);
            assertTrue(day.application.stageEnteredAt.isBefore(day.createdAt), who + ": scheduled before the move");
            assertTrue(day.createdAt.isBefore(day.startsAt), who + ": scheduled after the day began");
            assertTrue(day.blocks.stream().filter(b -> b.kind.isMeeting()).allMatch(b -> b.videoLink != null));
            assertTrue(day.blocks.stream().filter(b -> !b.kind.isMeeting()).map(Block::candidateTitle)
                    .allMatch("Focus time on the task"::equals));

            InterviewKit kit = InterviewKit.currentFor(Stage.SUPERDAY, day.application.opening.roleType);
            Set<String> criteria = kit.criteria.stream().map(InterviewKit.Criterion::key).collect(Collectors.toSet());
            assertTrue(criteria.containsAll(Set.of("output", "prioritisation", "demo")), "the kit: " + criteria);
            List<Assignment> reviewers = Assignment.list("application = ?1 and stage = ?2", day.application, Stage.SUPERDAY);
            assertEquals(2, reviewers.size(), "reviewers of " + who);
            reviewers.forEach(a -> assertEquals(kit.durationMinutes, a.durationMinutes, "review length for " + who));

            for (Submission submission : Submission.<Submission>list("superDay = ?1", day)) {
                assertTrue(day.releasedAt.isBefore(submission.submittedAt) && submission.submittedAt.isBefore(day.endsAt));
            }
            List<Scorecard> cards = Scorecard.list("application = ?1 and stage = ?2 and submittedAt is not null",
                    day.application, Stage.SUPERDAY);
            for (Scorecard card : cards) {
                assertEquals(criteria, card.ratings.keySet(), "the SuperDay card of " + card.interviewer.name + " on " + who);
                assertTrue(card.submittedAt.isAfter(day.endsAt) && card.submittedAt.isBefore(now), "card after the day");
            }
            if (!cards.isEmpty()) {
                reviewed++;
            }
        }
        assertTrue(reviewed >= 2, "reviewed days: " + reviewed);
    }
}
