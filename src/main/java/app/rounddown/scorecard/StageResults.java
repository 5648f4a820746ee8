package app.rounddown.scorecard;

import app.rounddown.people.User;
import app.rounddown.pipeline.Application;
import app.rounddown.pipeline.Stage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.jpa.HibernateHints;

/**
 * Everything about the interviews of some applications, read in two statements: assignments and cards,
 * grouped by application and stage, with what a given viewer may see.
 */
public final class StageResults {
    private final Map<Long, Map<Stage, StageReview>> byApplication = new LinkedHashMap<>();

    private StageResults() {
    }

    public static StageResults of(List<Long> applicationIds) {
        return applicationIds.isEmpty() ? new StageResults() : read("id in ?1", applicationIds, false);
    }

    public static StageResults of(Application application) {
        return read("id = ?1", application.id, false);
    }

    /**
     * For a page that only shows them (the candidate page), all of a candidate's applications: the cards, assignments
     * and their interviewers are loaded read-only, so Hibernate keeps no copy of each card's ratings to compare when
     * the request ends (on the board that copy and comparison took about a tenth of its time). Nothing the request
     * loads this way may be changed in it.
     */
    public static StageResults forShowing(long candidateId) {
        return read("candidate.id = ?1", candidateId, true);
    }

    /**
     * {@code which} picks the applications ("id = ?1"). A single value where it can be: Hibernate translates a query
     * with a list parameter again on every run (about a tenth of the candidate page's time when it took a list).
     */
    private static StageResults read(String which, Object value, boolean readOnly) {
        StageResults results = new StageResults();
        List<Assignment> assignments = Assignment.<Assignment>find("from Assignment a join fetch a.interviewer "
                + "where a.application." + which + " order by a.startsAt, a.id", value)
                .withHint(HibernateHints.HINT_READ_ONLY, readOnly).list();
        List<Scorecard> cards = Scorecard.<Scorecard>find("from Scorecard s join fetch s.interviewer join fetch s.kit "
                + "where s.application." + which + " order by s.revision", value)
                .withHint(HibernateHints.HINT_READ_ONLY, readOnly).list();
        for (Assignment a : assignments) {
            results.stage(a.application.id, a.stage).assignments.add(a);
        }
        for (Scorecard c : cards) {
            results.stage(c.application.id, c.stage).cards.add(c);
        }
        return results;
    }

    private StageReview stage(long applicationId, Stage stage) {
        return byApplication.computeIfAbsent(applicationId, id -> new LinkedHashMap<>())
                .computeIfAbsent(stage, s -> new StageReview(s));
    }

    public StageReview at(long applicationId, Stage stage) {
        return byApplication.getOrDefault(applicationId, Map.of()).getOrDefault(stage, new StageReview(stage));
    }

    /** The interview stages of one application that have anything to show, in order. */
    public List<StageReview> stagesOf(long applicationId) {
        return byApplication.getOrDefault(applicationId, Map.of()).values().stream()
                .sorted(Comparator.comparing(s -> s.stage)).toList();
    }

    /**
     * Why a move forward must wait, as this viewer may read it: someone still owing a card for any stage of this
     * application learns that the move is held, but not the scores or who said what.
     */
    public List<String> reasonsToHold(long applicationId, Stage stage, User viewer) {
        return holds(applicationId, stage, viewer).stream().map(Gate.Hold::reason).toList();
    }

    public List<String> reasonsToHold(long applicationId, Stage stage) {
        return holds(applicationId, stage).stream().map(Gate.Hold::reason).toList();
    }

    /** What holds the move, as this viewer may read it (see {@link #reasonsToHold(long, Stage, User)}). */
    public List<Gate.Hold> holds(long applicationId, Stage stage, User viewer) {
        return readings(applicationId).holds(applicationId, stage, viewer.id);
    }

    public List<Gate.Hold> holds(long applicationId, Stage stage) {
        return readings(applicationId).holds(applicationId, stage);
    }

    /** The application's assignments and counted cards as the gate reads them, whatever loaded them. */
    private GateReadings readings(long applicationId) {
        List<StageReview> stages = stagesOf(applicationId);
        return GateReadings.from(stages.stream().flatMap(review -> review.assignments.stream())
                        .map(a -> new GateReadings.Assigned(applicationId, a.stage, a.interviewer.id, a.interviewer.name,
                                a.isExcused())).toList(),
                stages.stream().flatMap(review -> review.current().stream())
                        .map(c -> new GateReadings.Counted(applicationId, c.stage, c.interviewer.id, c.interviewer.name,
                                c.overall, c.cultureStrongNo())).toList());
    }

    public record CriterionResult(String name, int score, String word) {
    }

    /** One stage of one application. */
    public static final class StageReview {
        public final Stage stage;
        public final List<Assignment> assignments = new ArrayList<>();
        public final List<Scorecard> cards = new ArrayList<>();

        StageReview(Stage stage) {
            this.stage = stage;
        }

        /** The latest submitted revision of each interviewer's card. */
        public List<Scorecard> current() {
            Map<Long, Scorecard> latest = new LinkedHashMap<>();
            for (Scorecard card : cards) {
                if (card.isSubmitted()) {
                    latest.merge(card.interviewer.id, card, (a, b) -> a.revision >= b.revision ? a : b);
                }
            }
            return List.copyOf(latest.values());
        }

        /** Earlier revisions that an amendment replaced; they stay visible. */
        public List<Scorecard> replaced() {
            List<Scorecard> current = current();
            return cards.stream().filter(c -> c.isSubmitted() && !current.contains(c)).toList();
        }

        /** How many cards are in, of how many are due: "2/3 cards". An excused interviewer owes none. */
        public int cardsIn() {
            return current().size();
        }

        public int cardsDue() {
            Set<Long> due = new HashSet<>();
            assignments.stream().filter(a -> !a.isExcused()).forEach(a -> due.add(a.interviewer.id));
            current().forEach(card -> due.add(card.interviewer.id));
            return due.size();
        }

        public boolean submittedBy(User user) {
            return cards.stream().anyMatch(c -> c.isSubmitted() && c.interviewer.id.equals(user.id));
        }

        public Optional<Scorecard> draftOf(User user) {
            return cards.stream().filter(c -> !c.isSubmitted() && c.interviewer.id.equals(user.id)).findFirst();
        }

        public Optional<Scorecard> latestOf(User user) {
            return cards.stream().filter(c -> c.interviewer.id.equals(user.id) && c.isSubmitted())
                    .max(Comparator.comparingInt(c -> c.revision));
        }

        public boolean isAssigned(User user) {
            return assignments.stream().anyMatch(a -> a.isAssigned(user));
        }

        /** Assigned, not excused, and their own card not yet in. */
        public boolean isPending(User user) {
            return assignments.stream().anyMatch(a -> a.isAssigned(user) && !a.isExcused()) && !submittedBy(user);
        }

        /**
         * Independence: someone assigned to this stage sees other cards only after submitting their own.
         * Admins, recruiters and hiring managers who are not waiting on their own card see all of them.
         */
        public boolean othersVisibleTo(User viewer) {
            return CardVisibility.othersVisible(isPending(viewer), submittedBy(viewer), viewer.roles);
        }

        public List<Scorecard> visibleTo(User viewer) {
            if (othersVisibleTo(viewer)) {
                return current();
            }
            return current().stream().filter(c -> c.interviewer.id.equals(viewer.id)).toList();
        }

        public OptionalInt score() {
            return RoundDown.of(current().stream().map(c -> c.overall).toList());
        }

        public String scoreWord() {
            OptionalInt score = score();
            return score.isPresent() ? RoundDown.word(score.getAsInt()) : "";
        }

        public boolean needsDiscussion() {
            return RoundDown.divergent(current().stream().map(c -> c.overall).toList());
        }

        public long softThrees() {
            return current().stream().filter(Scorecard::isSoftThree).count();
        }

        /** Per criterion, the rounded-down score of the current cards that assessed it. */
        public Map<String, OptionalInt> criterionScores() {
            Map<String, List<Integer>> scores = new LinkedHashMap<>();
            for (Scorecard card : current()) {
                card.ratings.forEach((key, rating) -> {
                    if (rating.score() != null) {
                        scores.computeIfAbsent(key, k -> new ArrayList<>()).add(rating.score());
                    }
                });
            }
            return scores.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                    e -> RoundDown.of(e.getValue()), (a, b) -> a, LinkedHashMap::new));
        }

        /** Each assessed criterion's rounded-down score, named from the kit the cards used. */
        public List<CriterionResult> criterionResults() {
            Map<String, String> names = new LinkedHashMap<>();
            current().forEach(card -> card.kit.criteria.forEach(c -> names.putIfAbsent(c.key(), c.name())));
            List<CriterionResult> results = new ArrayList<>();
            criterionScores().forEach((key, score) -> score.ifPresent(value -> results.add(
                    new CriterionResult(names.getOrDefault(key, key), value, RoundDown.word(value)))));
            return results;
        }

    }
}
