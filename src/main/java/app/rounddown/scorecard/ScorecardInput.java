package app.rounddown.scorecard;

import app.rounddown.web.FieldErrors;
import app.rounddown.web.FormData;
import app.rounddown.web.InvalidInput;
import app.rounddown.web.StorableText;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an interviewer writes on a card. Ratings are whole numbers 1-4 or "not assessed"; 2.5, 0, 5 or the
 * text "3" are refused with a message naming the field, so no half-point ever reaches the database.
 */
public record ScorecardInput(Map<String, Scorecard.CriterionRating> ratings, Integer overall, String takeaways,
                             String mildConcerns, String askNext) {
    static final String SCALE = "Use a whole number from 1 (strong no) to 4 (strong yes); between two, choose the lower.";

    /** From the JSON API: {"ratings": {"pitch": {"score": 3, "note": "..."}}, "overall": 3, "takeaways": "..."}. */
    /**
     * Read from the JSON tree rather than bound to a record on purpose: a score is a whole number from 1 to 4, and
     * data binding would quietly turn "3" into 3 and 2.5 into 2, where the rule wants the sender told.
     */
    public static ScorecardInput fromJson(JsonNode body, InterviewKit kit) {
        FieldErrors errors = FieldErrors.none();
        if (body == null || !body.isObject()) {
            throw InvalidInput.of("body", "Send the scorecard as a JSON object.");
        }
        Map<String, Scorecard.CriterionRating> ratings = new LinkedHashMap<>();
        JsonNode given = body.path("ratings");
        if (!given.isMissingNode() && !given.isNull() && !given.isObject()) {
            errors.add("ratings", "Send ratings as an object keyed by criterion.");
        }
        given.fields().forEachRemaining(entry -> {
            String field = "ratings." + entry.getKey();
            if (kit.criterion(entry.getKey()) == null) {
                errors.add(field, "This kit has no criterion \u201c" + entry.getKey() + "\u201d.");
                return;
            }
            if (!entry.getValue().isObject()) {
                errors.add(field, "Send each rating as {\"score\": 1 to 4 or null, \"note\": \"...\"}.");
                return;
            }
            JsonNode score = entry.getValue().path("score");
            Integer value = score.isMissingNode() || score.isNull() ? null : wholeScore(score, field + ".score", errors);
            ratings.put(entry.getKey(), new Scorecard.CriterionRating(value, text(entry.getValue().path("note"), field
                    + ".note", 2000, errors)));
        });
        JsonNode overallNode = body.path("overall");
        Integer overall = overallNode.isMissingNode() || overallNode.isNull() ? null
                : wholeScore(overallNode, "overall", errors);
        ScorecardInput input = new ScorecardInput(ratings, overall, text(body.path("takeaways"), "takeaways", 10000, errors),
                text(body.path("mildConcerns"), "mildConcerns", 5000, errors),
                text(body.path("askNext"), "askNext", 5000, errors));
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return input;
    }

    /** From the page form: radio buttons "rating.{key}" (1-4 or empty), notes "note.{key}". */
    public static ScorecardInput fromForm(FormData form, InterviewKit kit) {
        FieldErrors errors = FieldErrors.none();
        Map<String, Scorecard.CriterionRating> ratings = new LinkedHashMap<>();
        for (InterviewKit.Criterion criterion : kit.criteria) {
            Integer score = formScore(form.text("rating." + criterion.key()), "rating." + criterion.key(), errors);
            String note = form.text("note." + criterion.key());
            if (score != null || note != null) {
                ratings.put(criterion.key(), new Scorecard.CriterionRating(score, limit(note, "note." + criterion.key(),
                        2000, errors)));
            }
        }
        Integer overall = formScore(form.text("overall"), "overall", errors);
        ScorecardInput input = new ScorecardInput(ratings, overall, limit(form.text("takeaways"), "takeaways", 10000, errors),
                limit(form.text("mildConcerns"), "mildConcerns", 5000, errors),
                limit(form.text("askNext"), "askNext", 5000, errors));
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return input;
    }

    /** What a submitted card must have; a draft may be incomplete. */
    public void requireComplete() {
        FieldErrors errors = FieldErrors.none();
        if (overall == null) {
            errors.add("overall", "Choose an overall recommendation from 1 to 4.");
        }
        if (takeaways == null || takeaways.isBlank()) {
            errors.add("takeaways", "Write the key takeaways: what the next person needs to know.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static Integer wholeScore(JsonNode node, String field, FieldErrors errors) {
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < 1 || node.asInt() > 4) {
            errors.add(field, SCALE);
            return null;
        }
        return node.asInt();
    }

    private static Integer formScore(String value, String field, FieldErrors errors) {
        if (value == null) {
            return null;
        }
        switch (value.strip()) {
            case "1", "2", "3", "4" -> {
                return Integer.valueOf(value.strip());
            }
            default -> {
                errors.add(field, SCALE);
                return null;
            }
        }
    }

    private static String text(JsonNode node, String field, int max, FieldErrors errors) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            errors.add(field, "Send text here.");
            return null;
        }
        if (StorableText.hasNul(node.asText())) {
            errors.add(field, StorableText.NUL);
            return null;
        }
        return limit(node.asText(), field, max, errors);
    }

    private static String limit(String value, String field, int max, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            errors.add(field, "Keep this to " + String.format("%,d", max) + " characters or fewer.");
            return null;
        }
        return value.strip();
    }
}
