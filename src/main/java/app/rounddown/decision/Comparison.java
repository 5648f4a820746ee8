package app.rounddown.decision;

import app.rounddown.opening.Opening;
import app.rounddown.people.User;
import app.rounddown.pipeline.Stage;
import app.rounddown.scorecard.Scorecard;
import app.rounddown.scorecard.StageResults.StageReview;
import app.rounddown.scorecard.StageResults;
import app.rounddown.superday.Submission;
import app.rounddown.superday.SuperDay;
import app.rounddown.superday.SuperDayStatus;
import app.rounddown.superday.TaskVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The hiring manager's side-by-side view of one opening's SuperDays on one task version. Candidates on other
 * versions of the task are only listed, never put in the same columns. A fixed number of statements per page.
 */
public record Comparison(Opening opening, TaskVersion version, List<Column> columns, List<Criterion> criteria,
                         Map<TaskVersion, Long> otherVersions, boolean blind) {

    public record Criterion(String key, String name) {
    }

    public record Rating(String reviewer, int score) {
    }

    /** One candidate's column. In blind mode every text in it has the candidate's name taken out. */
    public record Column(SuperDay day, String label, Submission submission, StageReview review, List<String> concerns,
                         List<String> takeaways, String notesPreview, List<String> fileLabels, boolean hidden) {

        public OptionalInt result() {
            return review.score();
        }

        public String resultWord() {
            return review.scoreWord();
        }

        public OptionalInt criterion(String key) {
            return review.criterionScores().getOrDefault(key, OptionalInt.empty());
        }

        public List<Rating> ratings(String key) {
            List<Rating> ratings = new ArrayList<>();
            for (Scorecard card : review.current()) {
                Scorecard.CriterionRating rating = card.ratings.get(key);
                if (rating != null && rating.score() != null) {
                    ratings.add(new Rating(card.interviewer.name, rating.score()));
                }
            }
            return ratings;
        }

    }

    public static final int MAX_COLUMNS = 30;

    public static Comparison of(Opening opening, Long versionId, User viewer) {
        List<SuperDay> days = SuperDay.<SuperDay>find("from SuperDay s join fetch s.application a join fetch a.candidate "
                + "left join fetch s.taskVersion v where a.opening.id = ?1 and s.status <> ?2 and v is not null "
                + "order by s.startsAt", opening.id, SuperDayStatus.CANCELLED).page(0, 500).list();
        Map<TaskVersion, Long> perVersion = days.stream().collect(Collectors.groupingBy(d -> d.taskVersion,
                LinkedHashMap::new, Collectors.counting()));
        TaskVersion version = perVersion.keySet().stream().filter(v -> v.id.equals(versionId)).findFirst()
                .orElseGet(() -> perVersion.entrySet().stream().max(Map.Entry.<TaskVersion, Long>comparingByValue()
                        .thenComparing(e -> e.getKey().id)).map(Map.Entry::getKey).orElse(null));
        if (version == null) {
            return new Comparison(opening, null, List.of(), List.of(), Map.of(), true);
        }
        boolean blind = !ComparisonReveal.revealed(opening.id, version.id, viewer.id);
        List<SuperDay> shown = days.stream().filter(d -> d.taskVersion.id.equals(version.id)).limit(MAX_COLUMNS).toList();
        Map<TaskVersion, Long> others = new LinkedHashMap<>(perVersion);
        others.remove(version);
        List<Long> applicationIds = shown.stream().map(d -> d.application.id).toList();
        StageResults results = StageResults.of(applicationIds);
        Map<Long, Submission> latest = latestSubmissions(shown);
        List<Long> order = Blind.order(viewer.id, shown.stream().map(d -> d.id).toList());
        List<Column> columns = new ArrayList<>();
        for (SuperDay day : shown) {
            // The letter stays after the reveal, and so does the order: "Candidate A: Tessa Novak".
            String letter = Blind.label(order.indexOf(day.id));
            String label = blind ? letter : letter + ": " + day.application.candidate.name;
            columns.add(column(day, label, blind, latest.get(day.id), results, viewer));
        }
        columns.sort(Comparator.comparing((Column c) -> c.hidden() ? 0 : c.result().orElse(0)).reversed()
                .thenComparing(Column::label));
        Map<String, String> names = new LinkedHashMap<>();
        columns.forEach(c -> c.review().current().forEach(card -> card.kit.criteria
                .forEach(k -> names.putIfAbsent(k.key(), k.name()))));
        List<Criterion> criteria = names.entrySet().stream().map(e -> new Criterion(e.getKey(), e.getValue())).toList();
        return new Comparison(opening, version, columns, criteria, others, blind);
    }

    /**
     * Someone still owing their own SuperDay card sees none of the others, here as everywhere: the column then
     * shows what was handed in, and no scores.
     */
    private static Column column(SuperDay day, String label, boolean blind, Submission submission, StageResults results,
                                 User viewer) {
        String name = day.application.candidate.name;
        String email = day.application.candidate.email;
        StageReview review = results.at(day.application.id, Stage.SUPERDAY);
        List<String> concerns = new ArrayList<>();
        for (StageReview stage : results.stagesOf(day.application.id)) {
            stage.visibleTo(viewer).stream().filter(c -> c.mildConcerns != null && !c.mildConcerns.isBlank())
                    .forEach(c -> concerns.add(stage.stage.label() + ": " + text(c.mildConcerns, blind, name, email, label)));
        }
        boolean hidden = !review.othersVisibleTo(viewer);
        List<String> takeaways = hidden ? List.of() : review.current().stream()
                .map(c -> c.interviewer.name + ": " + text(c.takeaways, blind, name, email, label)).toList();
        // Names come out before the text is cut, so half a name at the cut cannot slip through.
        String notes = submission == null ? "" : preview(text(submission.notes, blind, name, email, label));
        List<String> files = new ArrayList<>();
        if (submission != null) {
            for (int i = 0; i < submission.files.size(); i++) {
                var file = submission.files.get(i);
                files.add(blind ? "File " + (i + 1) + " (" + file.size() + ")" : file.filename + " (" + file.size() + ")");
            }
        }
        return new Column(day, label, submission, review, concerns, takeaways, notes, files, hidden);
    }

    private static Map<Long, Submission> latestSubmissions(List<SuperDay> days) {
        if (days.isEmpty()) {
            return Map.of();
        }
        List<Submission> all = Submission.list("superDay.id in ?1 order by version", days.stream().map(d -> d.id).toList());
        Map<Long, Submission> latest = new LinkedHashMap<>();
        all.forEach(s -> latest.put(s.superDay.id, s));
        return latest;
    }

    private static String text(String value, boolean blind, String name, String email, String label) {
        return blind ? Blind.scrub(value, name, email, label) : value;
    }

    private static String preview(String notes) {
        return notes == null ? "" : notes.length() > 400 ? notes.substring(0, 400) + "\u2026" : notes;
    }

    public List<Map.Entry<TaskVersion, Long>> others() {
        return List.copyOf(otherVersions.entrySet());
    }
}
