package app.rounddown.scorecard;

import app.rounddown.pipeline.Application;
import app.rounddown.pipeline.Stage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The gate of many applications at once, read as what the gate asks and no more: who is assigned (and excused), and
 * each interviewer's latest submitted card with its overall score and any culture criterion scored a Strong No. The
 * board reads hundreds of applications; loading their whole cards, kits and interviewers was most of its time. The
 * answers come from the same rule as a refused move: {@link StageResults} reads whole cards and asks an instance made
 * {@link #from} them, and a test holds the two readings to the same answers.
 */
public final class GateReadings {
    /** Someone assigned to interview at a stage. */
    public record Assigned(long applicationId, Stage stage, long interviewerId, String name, boolean excused) {
    }

    /** An interviewer's latest submitted card at a stage: the one that counts. */
    public record Counted(long applicationId, Stage stage, long interviewerId, String name, int overall,
                          String cultureStrongNo) {
    }

    /** An application at a stage: a board asks about hundreds, each several times, so each is looked up, not sought. */
    private record At(long applicationId, Stage stage) {
    }

    private final Map<Long, List<Assigned>> assigned = new HashMap<>();
    private final Map<At, List<Assigned>> assignedAt = new HashMap<>();
    /** By application, in stage order: the culture veto names the earliest stage's Strong No. */
    private final Map<Long, List<Counted>> counted = new HashMap<>();
    private final Map<At, List<Counted>> countedAt = new HashMap<>();

    private GateReadings(List<Assigned> assigned, List<Counted> counted) {
        for (Assigned a : assigned) {
            this.assigned.computeIfAbsent(a.applicationId(), id -> new ArrayList<>()).add(a);
            assignedAt.computeIfAbsent(new At(a.applicationId(), a.stage()), at -> new ArrayList<>()).add(a);
        }
        counted.stream().sorted(Comparator.comparing(Counted::stage)).forEach(c -> {
            this.counted.computeIfAbsent(c.applicationId(), id -> new ArrayList<>()).add(c);
            countedAt.computeIfAbsent(new At(c.applicationId(), c.stage()), at -> new ArrayList<>()).add(c);
        });
    }

    /** From assignments and counted cards already loaded (as whole entities, by {@link StageResults}). */
    static GateReadings from(List<Assigned> assigned, List<Counted> counted) {
        return new GateReadings(assigned, counted);
    }

    /**
     * The gate of each application at the stage given, as this viewer reads it, in one statement however many
     * applications: who is assigned at that stage and the cards that count there, the viewer's own assignments and
     * cards at every stage (someone still owing a card anywhere sees no results), and the cards of any stage that carry
     * a culture veto. Nothing else is read, so ask it only about those stages and that viewer.
     */
    public static GateReadings of(Map<Long, Stage> stages, long viewerId) {
        if (stages.isEmpty()) {
            return from(List.of(), List.of());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Application.getEntityManager().createNativeQuery("select r.*, u.name from ("
                        + "select true as assignment, x.application_id, x.stage, x.interviewer_id, "
                        + "x.excused_at is not null as excused, null::int as overall, null::text as culture, "
                        + "x.starts_at as at, x.id from unnest(:ids, :stages) as t(id, stage) "
                        + "join interview_assignment x on x.application_id = t.id "
                        + "where x.stage = t.stage or x.interviewer_id = :viewer "
                        // Each interviewer's latest submitted card at each stage: the one that counts.
                        + "union all select false, s.application_id, s.stage, s.interviewer_id, false, s.overall, "
                        + "s.culture_strong_no, null, s.id from (select distinct on (s.application_id, s.stage, "
                        + "s.interviewer_id) t.stage as current, s.application_id, s.stage, s.interviewer_id, s.overall, "
                        + "s.culture_strong_no, s.id from unnest(:ids, :stages) as t(id, stage) "
                        + "join scorecard s on s.application_id = t.id where s.submitted_at is not null "
                        + "order by s.application_id, s.stage, s.interviewer_id, s.revision desc) as s "
                        + "where s.stage = s.current or s.interviewer_id = :viewer or s.culture_strong_no is not null "
                        + "or (s.stage = 'CULTURE' and s.overall = 1)"
                        + ") as r join app_user u on u.id = r.interviewer_id order by r.at, r.id")
                // Arrays, not lists of values: the statement's text stays the same, so it is prepared once.
                .setParameter("ids", stages.keySet().toArray(Long[]::new))
                .setParameter("stages", stages.values().stream().map(Stage::name).toArray(String[]::new))
                .setParameter("viewer", viewerId).getResultList();
        List<Assigned> assigned = new ArrayList<>();
        List<Counted> counted = new ArrayList<>();
        for (Object[] row : rows) {
            long application = ((Number) row[1]).longValue();
            Stage stage = Stage.valueOf((String) row[2]);
            long interviewer = ((Number) row[3]).longValue();
            String name = (String) row[9];
            if (Boolean.TRUE.equals(row[0])) {
                assigned.add(new Assigned(application, stage, interviewer, name, Boolean.TRUE.equals(row[4])));
            } else {
                counted.add(new Counted(application, stage, interviewer, name, ((Number) row[5]).intValue(),
                        (String) row[6]));
            }
        }
        return from(assigned, counted);
    }

    // The board asks these of hundreds of cards a view: plain loops, where streams made a good part of its garbage.

    /** The overall scores of the cards that count at a stage: the stage's result is these, rounded down. */
    public List<Integer> overalls(long applicationId, Stage stage) {
        List<Counted> atStage = countedAt(applicationId, stage);
        List<Integer> overalls = new ArrayList<>(atStage.size());
        for (Counted card : atStage) {
            overalls.add(card.overall());
        }
        return overalls;
    }

    /** Whether this person is assigned at the stage, not excused, and has not submitted their card there yet. */
    public boolean owes(long applicationId, Stage stage, long personId) {
        for (Assigned assignment : assignedAt(applicationId, stage)) {
            if (assignment.interviewerId() == personId && !assignment.excused()) {
                return !hasCard(countedAt(applicationId, stage), personId);
            }
        }
        return false;
    }

    public int cardsIn(long applicationId, Stage stage) {
        return countedAt(applicationId, stage).size();
    }

    /** Every interviewer not excused, and anyone whose card is in: "2/3 cards". */
    public int cardsDue(long applicationId, Stage stage) {
        Set<Long> due = new HashSet<>();
        for (Assigned assignment : assignedAt(applicationId, stage)) {
            if (!assignment.excused()) {
                due.add(assignment.interviewerId());
            }
        }
        for (Counted card : countedAt(applicationId, stage)) {
            due.add(card.interviewerId());
        }
        return due.size();
    }

    /**
     * What holds the move on from this stage, as this viewer may read it: someone still owing a card for any stage of
     * the application learns that the move is held, but not the scores or who said what.
     */
    public List<Gate.Hold> holds(long applicationId, Stage stage, long viewerId) {
        return CardVisibility.asSeenBy(holds(applicationId, stage), owesAnywhere(applicationId, viewerId));
    }

    /** Whether this person still owes a card at any stage of the application. */
    private boolean owesAnywhere(long applicationId, long personId) {
        for (Assigned assignment : assigned.getOrDefault(applicationId, List.of())) {
            if (assignment.interviewerId() == personId && owes(applicationId, assignment.stage(), personId)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCard(List<Counted> cards, long interviewerId) {
        for (Counted card : cards) {
            if (card.interviewerId() == interviewerId) {
                return true;
            }
        }
        return false;
    }

    /**
     * What holds the move on from this stage: each interviewer at the stage and whether their card is in, the stage's
     * cards, and a culture Strong No on any stage's card, as the gate weighs them.
     */
    public List<Gate.Hold> holds(long applicationId, Stage stage) {
        List<Counted> atStage = countedAt(applicationId, stage);
        List<Gate.Interviewer> interviewers = assignedAt(applicationId, stage).stream().map(a -> new Gate.Interviewer(
                a.name(), hasCard(atStage, a.interviewerId()), a.excused())).toList();
        List<Gate.Card> cards = atStage.stream().map(c -> new Gate.Card(c.name(), c.overall())).toList();
        return Gate.holds(stage, interviewers, cards, Gate.cultureVeto(counted.getOrDefault(applicationId, List.of())
                .stream().map(c -> new Gate.CultureCard(c.name(), c.stage(), c.overall(), c.cultureStrongNo())).toList()));
    }

    private List<Assigned> assignedAt(long applicationId, Stage stage) {
        return assignedAt.getOrDefault(new At(applicationId, stage), List.of());
    }

    private List<Counted> countedAt(long applicationId, Stage stage) {
        return countedAt.getOrDefault(new At(applicationId, stage), List.of());
    }
}
