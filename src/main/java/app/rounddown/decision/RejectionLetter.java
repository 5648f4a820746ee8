package app.rounddown.decision;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The first draft of the message to a candidate who is not getting an offer, written from the scorecards:
 * what went well and specific things to improve. A recruiter edits it before it goes out.
 */
public final class RejectionLetter {
    public static final int MAX_POINTS = 5;
    /** Each point is cut to this length so the whole draft stays well inside what a message may hold. */
    public static final int MAX_POINT_LENGTH = 400;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private RejectionLetter() {
    }

    public static String draft(String candidateName, String openingTitle, List<String> wentWell, List<String> toImprove,
                               LocalDate reapplyAfter, String signedBy) {
        String first = candidateName == null || candidateName.isBlank() ? "there" : candidateName.strip().split("\\s+")[0];
        StringBuilder text = new StringBuilder();
        text.append("Hi ").append(first).append(",\n\n");
        text.append("Thank you for the time and the work you put into your SuperDay for the ").append(openingTitle)
                .append(" role. We have decided not to make you an offer this time.\n\n");
        text.append("What went well:\n");
        bullets(text, wentWell, "The panel appreciated how you approached the day.");
        text.append("\nSpecific things to improve:\n");
        bullets(text, toImprove, "The panel did not reach a definite yes on the output of the day.");
        text.append("\nYou are welcome to apply again after ").append(DATE.format(reapplyAfter)).append(".\n\n");
        text.append("Best wishes,\n").append(signedBy);
        return text.toString();
    }

    private static void bullets(StringBuilder text, List<String> points, String fallback) {
        List<String> shown = points.stream().map(String::strip).filter(p -> !p.isEmpty()).distinct().limit(MAX_POINTS).toList();
        if (shown.isEmpty()) {
            text.append("- ").append(fallback).append('\n');
        }
        shown.forEach(point -> text.append("- ").append(point.length() > MAX_POINT_LENGTH
                ? point.substring(0, MAX_POINT_LENGTH - 1) + "\u2026" : point).append('\n'));
    }

    /** The reapply window: at least 12 and at most 18 months after the decision. */
    public static boolean allowedReapplyDate(LocalDate decidedOn, LocalDate reapplyAfter) {
        return !reapplyAfter.isBefore(decidedOn.plusMonths(12)) && !reapplyAfter.isAfter(decidedOn.plusMonths(18));
    }
}
