package app.rounddown.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.audit.AuditEntry;
import app.rounddown.people.Role;
import app.rounddown.people.User;
import app.rounddown.pipeline.Application;
import app.rounddown.pipeline.ApplicationEvent;
import app.rounddown.pipeline.EventKind;
import app.rounddown.pipeline.Stage;
import app.rounddown.scorecard.InterviewKit;
import app.rounddown.scorecard.Scorecard;
import app.rounddown.superday.SuperDay;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, item 20: "Make the demo story consistent: recruiters move, interviewers score their stage's criteria,
 * dates in order." The story is told into the test database and rolled back afterwards.
 */
@QuarkusTest
class DemoDataTest {
    @Inject
    DemoData demo;

    @Test
    @TestTransaction
    void recruitersMoveInterviewersRateTheirStagesCriteriaAndEverythingHappensInOrder() {
        Instant now = Instant.now();
        demo.tell(now);
        List<Application> applications = Application.list("opening.hiringManager.email in ?1 order by id",
                List.of("hannah@rounddown.example", "marcus@rounddown.example"));
        assertEquals(60, applications.size());
        Set<Long> ids = applications.stream().map(a -> a.id).collect(Collectors.toSet());

        List<ApplicationEvent> events = ApplicationEvent.list("application.id in ?1 order by occurredAt, id", ids);
        Set<String> actors = events.stream().map(e -> e.actor).collect(Collectors.toSet());
        for (String actor : actors) {
            User user = User.<User>find("name = ?1 and email like '%@rounddown.example'", actor).firstResult();
            assertTrue(user != null && user.has(Role.RECRUITER), actor + " moved candidates but is no recruiter");
        }
        assertTrue(events.stream().anyMatch(e -> e.kind == EventKind.MOVED));

        for (Application application : applications) {
            AuditEntry added = AuditEntry.find("entityType = 'candidate' and entityId = ?1 and action = 'created'",
                    application.candidate.id).firstResult();
            assertEquals("Rita Recruiter", added.actorName, "who added " + application.candidate.name);
            assertFalse(added.occurredAt.isAfter(application.createdAt), application.candidate.name + " added after applying");
            assertFalse(application.candidate.createdAt.isAfter(application.createdAt));
            List<ApplicationEvent> own = events.stream().filter(e -> e.application.id.equals(application.id))
                    .sorted(Comparator.comparing((ApplicationEvent e) -> e.occurredAt)).toList();
            assertEquals(EventKind.APPLIED, own.get(0).kind, "the first event of " + application.candidate.name);
            assertEquals(application.createdAt, own.get(0).occurredAt);
            assertTrue(own.get(own.size() - 1).occurredAt.isBefore(now));
        }

        List<Scorecard> cards = Scorecard.list("application.id in ?1 and submittedAt is not null", ids);
        assertTrue(cards.size() > 20, "cards: " + cards.size());
        Set<Long> withSuperDay = SuperDay.<SuperDay>list("application.id in ?1", ids).stream()
                .map(day -> day.application.id).collect(Collectors.toSet());
        for (Scorecard card : cards) {
            boolean superDayReview = card.stage == Stage.SUPERDAY && withSuperDay.contains(card.application.id);
            if (!superDayReview) { // SuperDay reviews are DemoSuperDays' story
                Set<String> criteria = InterviewKit.currentFor(card.stage, card.application.opening.roleType).criteria
                        .stream().map(InterviewKit.Criterion::key).collect(Collectors.toSet());
                assertEquals(criteria, card.ratings.keySet(), card.stage + " card of " + card.application.candidate.name);
                assertFalse(card.interviewer.has(Role.INTERVIEWER) && card.stage.compareTo(Stage.TECHNICAL) > 0,
                        "interviewers do the culture and technical interviews; the hiring manager the later ones");
            }
            assertTrue(card.submittedAt.isBefore(now));
            ApplicationEvent movedOn = events.stream().filter(e -> e.application.id.equals(card.application.id)
                    && e.kind == EventKind.MOVED && e.fromStage == card.stage).findFirst().orElse(null);
            assertTrue(movedOn == null || card.submittedAt.isBefore(movedOn.occurredAt),
                    "the " + card.stage + " card of " + card.application.candidate.name + " came in after the move on");
            ApplicationEvent movedIn = events.stream().filter(e -> e.application.id.equals(card.application.id)
                    && e.kind == EventKind.MOVED && e.toStage == card.stage).findFirst().orElseThrow();
            assertTrue(movedIn.occurredAt.isBefore(card.submittedAt),
                    "the " + card.stage + " card of " + card.application.candidate.name + " came before the move in");
        }
    }
}
