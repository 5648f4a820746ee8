package app.rounddown.superday;

import app.rounddown.people.User;
import app.rounddown.pipeline.Stage;
import app.rounddown.scorecard.Assignment;
import app.rounddown.scorecard.InterviewAssigned;
import app.rounddown.scorecard.InterviewMoved;
import app.rounddown.scorecard.Interviews;
import app.rounddown.web.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A SuperDay's reviewers are its SuperDay-stage interviewers. Scheduling assigns them from the people taking part,
 * and their cards are due after the day ends, however they were assigned.
 */
@ApplicationScoped
public class SuperDayReviewers {
    static final String FIELD = "reviewers";

    @Inject
    Interviews interviews;

    /** The people assigned to review this candidate's SuperDay, excused ones too (each may be assigned once). */
    public static Map<Long, Assignment> of(long applicationId) {
        return Assignment.<Assignment>list("application.id = ?1 and stage = ?2", applicationId, Stage.SUPERDAY).stream()
                .collect(Collectors.toMap(a -> a.interviewer.id, a -> a));
    }

    /** A reviewer must take part in a block, since that is how they are told about the day. */
    static void check(Collection<Long> wanted, List<Block> blocks, Map<Long, User> people, FieldErrors errors) {
        Set<Long> taking = blocks.stream().flatMap(b -> b.participants.stream()).map(u -> u.id).collect(Collectors.toSet());
        List<String> missing = wanted.stream().filter(id -> !taking.contains(id))
                .map(id -> people.containsKey(id) ? people.get(id).name : "Someone chosen").toList();
        if (!missing.isEmpty()) {
            errors.add(FIELD, String.join(", ", missing) + (missing.size() == 1 ? " takes" : " take")
                    + " part in no block: add them to a block, or untick them as a reviewer.");
        }
    }

    /**
     * Assigns the chosen reviewers not assigned yet, each at their first block of the day; they are told with their
     * blocks, so no separate interview invitation goes out. Every card of the day is then due after it ends.
     */
    void assign(SuperDay day, Collection<Long> wanted) {
        Map<Long, Assignment> assigned = of(day.application.id);
        for (Long id : wanted) {
            if (!assigned.containsKey(id)) {
                Block first = day.blocks.stream().filter(b -> b.participants.stream().anyMatch(u -> u.id.equals(id)))
                        .min(java.util.Comparator.comparing(b -> b.startsAt)).orElseThrow();
                assigned.put(id, interviews.assign(day.application.id,
                        new Interviews.NewAssignment(Stage.SUPERDAY, id, first.startsAt, first.minutes), true));
            }
        }
        assigned.values().forEach(a -> a.dueAfterDayEnds(day.endsAt));
    }

    void onAssigned(@Observes InterviewAssigned assigned) {
        align(assigned.stage(), assigned.assignmentId(), assigned.applicationId());
    }

    void onMoved(@Observes InterviewMoved moved) {
        align(moved.stage(), moved.assignmentId(), moved.applicationId());
    }

    private static void align(Stage stage, long assignmentId, long applicationId) {
        if (stage != Stage.SUPERDAY) {
            return;
        }
        SuperDay.<SuperDay>find("application.id = ?1 and status <> ?2", applicationId, SuperDayStatus.CANCELLED)
                .firstResultOptional().ifPresent(day -> Assignment.<Assignment>findById(assignmentId)
                        .dueAfterDayEnds(day.endsAt));
    }
}
