package app.rounddown.scorecard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two versions of a kit, in sentences an admin reads: fields changed with before and after,
 * criteria and questions added, removed, reworded or moved. Criteria are matched by key, questions by their text.
 */
public final class KitDifference {
    private KitDifference() {
    }

    /** One change: what it is about, what it was and what it became (either may be empty). */
    public record Change(String what, String before, String after) {
    }

    public static List<Change> between(InterviewKit older, InterviewKit newer) {
        List<Change> changes = new ArrayList<>();
        field(changes, "Title", older.title, newer.title);
        field(changes, "Length", older.durationMinutes + " minutes", newer.durationMinutes + " minutes");
        field(changes, "Notes for the interviewer", older.notes, newer.notes);
        criteria(changes, older.criteria, newer.criteria);
        questions(changes, older.questions, newer.questions);
        return changes;
    }

    private static void criteria(List<Change> changes, List<InterviewKit.Criterion> older,
                                 List<InterviewKit.Criterion> newer) {
        Map<String, InterviewKit.Criterion> before = byKey(older);
        Map<String, InterviewKit.Criterion> after = byKey(newer);
        before.values().stream().filter(c -> !after.containsKey(c.key()))
                .forEach(c -> changes.add(new Change("Criterion removed", describe(c), "")));
        for (InterviewKit.Criterion now : newer) {
            InterviewKit.Criterion was = before.get(now.key());
            if (was == null) {
                changes.add(new Change("Criterion added", "", describe(now)));
                continue;
            }
            field(changes, "Criterion \u201c" + was.name() + "\u201d renamed", was.name(), now.name());
            field(changes, "Guidance for \u201c" + now.name() + "\u201d", was.guidance(), now.guidance());
            if (was.culture() != now.culture()) {
                changes.add(new Change("\u201c" + now.name() + "\u201d as a culture criterion (can veto)",
                        was.culture() ? "yes" : "no", now.culture() ? "yes" : "no"));
            }
        }
        List<String> keptBefore = older.stream().map(InterviewKit.Criterion::key).filter(after::containsKey).toList();
        List<String> keptAfter = newer.stream().map(InterviewKit.Criterion::key).filter(before::containsKey).toList();
        if (!keptBefore.equals(keptAfter)) {
            changes.add(new Change("Order of the criteria", names(keptBefore, before), names(keptAfter, after)));
        }
    }

    private static void questions(List<Change> changes, List<String> older, List<String> newer) {
        older.stream().filter(q -> !newer.contains(q)).forEach(q -> changes.add(new Change("Question removed", q, "")));
        newer.stream().filter(q -> !older.contains(q)).forEach(q -> changes.add(new Change("Question added", "", q)));
        List<String> keptBefore = older.stream().filter(newer::contains).toList();
        List<String> keptAfter = newer.stream().filter(older::contains).toList();
        if (!keptBefore.equals(keptAfter)) {
            changes.add(new Change("Order of the questions", numbered(keptBefore), numbered(keptAfter)));
        }
    }

    private static void field(List<Change> changes, String what, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(what, before == null ? "" : before, after == null ? "" : after));
        }
    }

    private static Map<String, InterviewKit.Criterion> byKey(List<InterviewKit.Criterion> criteria) {
        Map<String, InterviewKit.Criterion> map = new LinkedHashMap<>();
        criteria.forEach(c -> map.put(c.key(), c));
        return map;
    }

    private static String describe(InterviewKit.Criterion criterion) {
        return criterion.name() + (criterion.culture() ? " (culture)" : "") + ": " + criterion.guidance();
    }

    private static String names(List<String> keys, Map<String, InterviewKit.Criterion> criteria) {
        return String.join(", ", keys.stream().map(key -> criteria.get(key).name()).toList());
    }

    private static String numbered(List<String> questions) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < questions.size(); i++) {
            text.append(i + 1).append(". ").append(questions.get(i)).append('\n');
        }
        return text.toString().strip();
    }
}
