package app.rounddown.scorecard;

import app.rounddown.web.FieldErrors;
import app.rounddown.web.FormData;
import app.rounddown.web.SingleLine;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The kit editor's rows as typed: criteria (name, guidance, culture, and the key that ties ratings across versions)
 * and questions, which the admin adds, moves and removes with buttons that post the whole form back, so the editor
 * works without JavaScript. Nothing is saved until "Save as a new version".
 */
public record KitForm(String title, String durationMinutes, String notes, List<CriterionRow> criteria,
                      List<String> questions) {
    public static final int MOST_CRITERIA = 20;
    public static final int MOST_QUESTIONS = 30;

    /** A criterion as typed; a new one has no key until it is saved. */
    public record CriterionRow(String key, String name, String guidance, boolean culture) {
    }

    public static KitForm of(InterviewKit kit) {
        return new KitForm(kit.title, String.valueOf(kit.durationMinutes), kit.notes, kit.criteria.stream()
                .map(c -> new CriterionRow(c.key(), c.name(), c.guidance(), c.culture())).toList(), kit.questions);
    }

    public static KitForm posted(FormData form) {
        List<CriterionRow> criteria = new ArrayList<>();
        for (int i = 0; i < MOST_CRITERIA + 1; i++) {
            String prefix = "criterion." + i + ".";
            if (form.all(prefix + "name").isEmpty() && form.all(prefix + "key").isEmpty()) {
                continue;
            }
            criteria.add(new CriterionRow(form.get(prefix + "key").strip(), form.get(prefix + "name"),
                    form.get(prefix + "guidance"), !form.get(prefix + "culture").isEmpty()));
        }
        List<String> questions = new ArrayList<>();
        for (int i = 0; i < MOST_QUESTIONS + 1; i++) {
            if (!form.all("question." + i).isEmpty()) {
                questions.add(form.get("question." + i));
            }
        }
        return new KitForm(form.get("title"), form.get("durationMinutes"), form.get("notes"), criteria, questions);
    }

    /**
     * One editing step: "add-criterion", "add-question", or "up-", "down-", "remove-" followed by "criterion-" or
     * "question-" and the row's position. An unknown or impossible step changes nothing.
     */
    public KitForm apply(String step) {
        List<CriterionRow> c = new ArrayList<>(criteria);
        List<String> q = new ArrayList<>(questions);
        if ("add-criterion".equals(step) && c.size() < MOST_CRITERIA) {
            c.add(new CriterionRow("", "", "", false));
        } else if ("add-question".equals(step) && q.size() < MOST_QUESTIONS) {
            q.add("");
        } else if (step != null && step.matches("(up|down|remove)-(criterion|question)-\\d{1,2}")) {
            String[] parts = step.split("-");
            int at = Integer.parseInt(parts[2]);
            if (parts[1].equals("criterion")) {
                rearrange(c, parts[0], at);
            } else {
                rearrange(q, parts[0], at);
            }
        }
        return new KitForm(title, durationMinutes, notes, c, q);
    }

    private static <T> void rearrange(List<T> rows, String how, int at) {
        if (at < 0 || at >= rows.size()) {
            return;
        }
        switch (how) {
            case "up" -> {
                if (at > 0) {
                    rows.add(at - 1, rows.remove(at));
                }
            }
            case "down" -> {
                if (at < rows.size() - 1) {
                    rows.add(at + 1, rows.remove(at));
                }
            }
            default -> rows.remove(at);
        }
    }

    /** The rows as form values, for the fields' tags to show them again. */
    public FormData asForm() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", title);
        values.put("durationMinutes", durationMinutes);
        values.put("notes", notes);
        for (int i = 0; i < criteria.size(); i++) {
            CriterionRow row = criteria.get(i);
            values.put("criterion." + i + ".key", row.key());
            values.put("criterion." + i + ".name", row.name());
            values.put("criterion." + i + ".guidance", row.guidance());
            if (row.culture()) {
                values.put("criterion." + i + ".culture", "on");
            }
        }
        for (int i = 0; i < questions.size(); i++) {
            values.put("question." + i, questions.get(i));
        }
        return FormData.of(values);
    }

    /** The criteria to save, each error beside its row; new criteria get a key made from their name. */
    public List<InterviewKit.Criterion> checkedCriteria(FieldErrors errors) {
        List<InterviewKit.Criterion> checked = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        Set<String> taken = new HashSet<>();
        criteria.stream().map(CriterionRow::key).filter(key -> !key.isEmpty()).forEach(taken::add);
        for (int i = 0; i < criteria.size(); i++) {
            CriterionRow row = criteria.get(i);
            String name = row.name().strip();
            String field = "criterion." + i + ".name";
            if (name.isEmpty() || name.length() > 200) {
                errors.add(field, "Name the criterion in up to 200 characters, or remove the row.");
                continue;
            }
            if (!SingleLine.Validator.holds(name)) {
                errors.add(field, SingleLine.MESSAGE);
                continue;
            }
            if (row.guidance().strip().length() > 2000) {
                errors.add("criterion." + i + ".guidance", "Keep the guidance to 2,000 characters or fewer.");
                continue;
            }
            String key = row.key().isEmpty() ? keyFor(name, taken) : row.key();
            taken.add(key);
            if (!key.matches("[a-z0-9-]{1,40}") || !keys.add(key)) {
                errors.add(field, "Two criteria cannot share a name; give this one another name.");
                continue;
            }
            checked.add(new InterviewKit.Criterion(key, name, row.guidance().strip(), row.culture()));
        }
        if (criteria.isEmpty() || criteria.size() > MOST_CRITERIA) {
            errors.add("criteria", "Give between one and twenty criteria.");
        }
        return checked;
    }

    public List<String> checkedQuestions(FieldErrors errors) {
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            String question = questions.get(i).strip();
            if (question.isEmpty()) {
                continue;
            }
            if (question.length() > 1000) {
                errors.add("question." + i, "Keep each question under 1,000 characters.");
            } else if (checked.contains(question)) {
                errors.add("question." + i, "This question is already in the kit.");
            } else {
                checked.add(question);
            }
        }
        if (checked.isEmpty() || checked.size() > MOST_QUESTIONS) {
            errors.add("questions", "Write between one and thirty questions.");
        }
        return checked;
    }

    /** A key from a criterion's name ("Customer focus" -> "customer-focus"), unique among the kit's keys. */
    static String keyFor(String name, Set<String> taken) {
        String base = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        base = base.isEmpty() ? "criterion" : base.substring(0, Math.min(base.length(), 34));
        String key = base;
        for (int n = 2; taken.contains(key); n++) {
            key = base + "-" + n;
        }
        return key;
    }
}
