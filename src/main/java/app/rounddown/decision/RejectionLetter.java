package app.rounddown.decision;

import app.rounddown.letters.CandidateTemplate;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the first draft of the message to a candidate who is not getting an offer says, as the values of the
 * {@link CandidateTemplate#REJECTION} template: what went well and specific things to improve, from the scorecards.
 * A recruiter edits the rendered draft before sending it.
 */
public final class RejectionLetter {
    public static final int MAX_POINTS = 5;
    /** Each point is cut to this length so the whole draft stays well inside what a message may hold. */
    public static final int MAX_POINT_LENGTH = 400;
    static final String NOTHING_WENT_WELL = "The panel appreciated how you approached the day.";
    static final String NOTHING_TO_IMPROVE = "The panel did not reach a definite yes on the output of the day.";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private RejectionLetter() {
    }

    /** Every placeholder of the REJECTION template but the company's name. */
    public static Map<String, Object> values(String candidateName, String openingTitle, List<String> wentWell,
                                             List<String> toImprove, LocalDate reapplyAfter, String signedBy) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("firstName", firstName(candidateName));
        values.put("candidateName", candidateName == null ? "" : candidateName.strip());
        values.put("openingTitle", openingTitle);
        values.put("wentWell", points(wentWell, NOTHING_WENT_WELL));
        values.put("toImprove", points(toImprove, NOTHING_TO_IMPROVE));
        values.put("reapplyAfter", DATE.format(reapplyAfter));
        values.put("signedBy", signedBy);
        return values;
    }

    public static String firstName(String candidateName) {
        return candidateName == null || candidateName.isBlank() ? "there" : candidateName.strip().split("\\s+")[0];
    }

    private static List<String> points(List<String> points, String fallback) {
        List<String> shown = points.stream().map(String::strip).filter(p -> !p.isEmpty()).distinct().limit(MAX_POINTS)
                .map(point -> point.length() > MAX_POINT_LENGTH ? point.substring(0, MAX_POINT_LENGTH - 1) + "\u2026" : point)
                .toList();
        return shown.isEmpty() ? List.of(fallback) : shown;
    }

    /** The reapply window: at least 12 and at most 18 months after the decision. */
    public static boolean allowedReapplyDate(LocalDate decidedOn, LocalDate reapplyAfter) {
        return !reapplyAfter.isBefore(decidedOn.plusMonths(12)) && !reapplyAfter.isAfter(decidedOn.plusMonths(18));
    }
}
