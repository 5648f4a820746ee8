package app.rounddown.scorecard;

import app.rounddown.pipeline.Application;
import app.rounddown.pipeline.Stage;
import java.util.ArrayList;
import java.util.Collection;
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

    /** The culture criterion a card scored a Strong No, in kit order: Scorecard.cultureStrongNo in SQL. */
    private static final String CULTURE_STRONG_NO = "case when jsonb_path_exists(s.ratings, '$.* ? (@.score == 1)') "
            + "then (select c.value ->> 'name' from interview_kit k, "
            + "jsonb_array_elements(k.criteria) with ordinality as c(value, position) where k.id = s.kit_id "
            + "and (c.value ->> 'culture')::boolean and (s.ratings -> (c.value ->> 'key') ->> 'score')::int = 1 "
            + "order by c.position limit 1) end";

    private final Map<Long, List<Assigned>> assigned = new HashMap<>();
    /** By application, in stage order: the culture veto names the earliest stage's Strong No. */
    private final Map<Long, List<Counted>> counted = new HashMap<>();

    private GateReadings(List<Assigned> assigned, List<Counted> counted) {
        assigned.forEach(a -> this.assigned.computeIfAbsent(a.applicationId(), id -> new ArrayList<>()).add(a));
        counted.stream().sorted(Comparator.comparing(Counted::stage))
                .forEach(c -> this.counted.computeIfAbsent(c.applicationId(), id -> new ArrayList<>()).add(c));
    }

    /** From assignments and counted cards already loaded (as whole entities, by {@link StageResults}). */
    static GateReadings from(List<Assigned> assigned, List<Counted> counted) {
        return new GateReadings(assigned, counted);
    }

    /** One statement, however many applications. */
    public static GateReadings of(Collection<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return from(List.of(), List.of());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Application.getEntityManager().createNativeQuery("select * from ("
                        + "select true as assignment, x.application_id, x.stage, x.interviewer_id, u.name, "
                        + "x.excused_at is not null as excused, null::int as overall, null::text as culture, "
                        + "x.starts_at as at, x.id from interview_assignment x join app_user u on u.id = x.interviewer_id "
                        + "where x.application_id = any(:ids) "
                        + "union all select false, s.application_id, s.stage, s.interviewer_id, u.name, false, s.overall, "
                        + CULTURE_STRONG_NO + ", null, s.id from scorecard s join app_user u on u.id = s.interviewer_id "
                        + "where s.application_id = any(:ids) and s.submitted_at is not null and not exists (select 1 "
                        + "from scorecard n where n.application_id = s.application_id and n.stage = s.stage "
                        + "and n.interviewer_id = s.interviewer_id and n.submitted_at is not null "
                        + "and n.revision > s.revision)) as readings order by at, id")
                // One array, not a list of values: the statement's text stays the same, so it is prepared once.
                .setParameter("ids", applicationIds.toArray(Long[]::new)).getResultList();
        List<Assigned> assigned = new ArrayList<>();
        List<Counted> counted = new ArrayList<>();
        for (Object[] row : rows) {
            long application = ((Number) row[1]).longValue();
            Stage stage = Stage.valueOf((String) row[2]);
            long interviewer = ((Number) row[3]).longValue();
            if (Boolean.TRUE.equals(row[0])) {
                assigned.add(new Assigned(application, stage, interviewer, (String) row[4], Boolean.TRUE.equals(row[5])));
            } else {
                counted.add(new Counted(application, stage, interviewer, (String) row[4], ((Number) row[6]).intValue(),
                        (String) row[7]));
            }
        }
        return from(assigned, counted);
    }

    public int cardsIn(long applicationId, Stage stage) {
        return countedAt(applicationId, stage).size();
    }

    /** Every interviewer not excused, and anyone whose card is in: "2/3 cards". */
    public int cardsDue(long applicationId, Stage stage) {
        Set<Long> due = new HashSet<>();
        assignedAt(applicationId, stage).stream().filter(a -> !a.excused()).forEach(a -> due.add(a.interviewerId()));
        countedAt(applicationId, stage).forEach(c -> due.add(c.interviewerId()));
        return due.size();
    }

    /**
     * What holds the move on from this stage, as this viewer may read it: someone still owing a card for any stage of
     * the application learns that the move is held, but not the scores or who said what.
     */
    public List<Gate.Hold> holds(long applicationId, Stage stage, long viewerId) {
        List<Counted> cards = counted.getOrDefault(applicationId, List.of());
        boolean owesACard = assigned.getOrDefault(applicationId, List.of()).stream().anyMatch(a -> a.interviewerId() == viewerId
                && !a.excused() && cards.stream().noneMatch(c -> c.stage() == a.stage() && c.interviewerId() == viewerId));
        return CardVisibility.asSeenBy(holds(applicationId, stage), owesACard);
    }

    /**
     * What holds the move on from this stage: each interviewer at the stage and whether their card is in, the stage's
     * cards, and a culture Strong No on any stage's card, as the gate weighs them.
     */
    public List<Gate.Hold> holds(long applicationId, Stage stage) {
        List<Counted> atStage = countedAt(applicationId, stage);
        List<Gate.Interviewer> interviewers = assignedAt(applicationId, stage).stream().map(a -> new Gate.Interviewer(
                a.name(), atStage.stream().anyMatch(c -> c.interviewerId() == a.interviewerId()), a.excused())).toList();
        List<Gate.Card> cards = atStage.stream().map(c -> new Gate.Card(c.name(), c.overall())).toList();
        return Gate.holds(stage, interviewers, cards, Gate.cultureVeto(counted.getOrDefault(applicationId, List.of())
                .stream().map(c -> new Gate.CultureCard(c.name(), c.stage(), c.overall(), c.cultureStrongNo())).toList()));
    }

    private List<Assigned> assignedAt(long applicationId, Stage stage) {
        return assigned.getOrDefault(applicationId, List.of()).stream().filter(a -> a.stage() == stage).toList();
    }

    private List<Counted> countedAt(long applicationId, Stage stage) {
        return counted.getOrDefault(applicationId, List.of()).stream().filter(c -> c.stage() == stage).toList();
    }
}
