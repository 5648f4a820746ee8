package app.rounddown.reports;

import app.rounddown.pipeline.Stage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * One interviewer's cards of one stage, as counted by SQL, and what they say about how the interviewer scores.
 * "Shared" cards are those on a candidate whom someone else also scored at the same stage; the offset, the
 * agreement with the result and the yes-rate comparison are taken over those only, since a lone card has no panel.
 */
public record CalibrationRow(long interviewerId, String name, Stage stage, long cards, long ones, long twos,
                             long threes, long fours, long shared, long sharedTotal, long sharedYes,
                             long othersCount, long othersTotal, long othersYes, long agrees, long softThrees,
                             long independent, long withInterview, long prompt) {
    /** Outlier rule: at least this many shared cards, and ... */
    public static final int MIN_SHARED_CARDS = 5;
    /** ... a mean at least half a point from the other cards on the same candidates, or ... */
    public static final BigDecimal OFFSET = new BigDecimal("0.5");
    /** ... a share of 3s and 4s at least 25 percentage points from theirs. */
    public static final int YES_GAP_POINTS = 25;

    static CalibrationRow of(Object[] r) {
        long[] n = new long[16];
        for (int i = 0; i < n.length; i++) {
            n[i] = r[i + 3] == null ? 0 : ((Number) r[i + 3]).longValue();
        }
        return new CalibrationRow(((Number) r[0]).longValue(), (String) r[1], Stage.valueOf((String) r[2]), n[0], n[1],
                n[2], n[3], n[4], n[5], n[6], n[7], n[8], n[9], n[10], n[11], n[12], n[13], n[14], n[15]);
    }

    /** Their mean overall score on shared candidates, with two decimals, rounded down (a 2.999 never shows as 3.00). */
    public String mean() {
        return mean(sharedTotal, shared);
    }

    /** The mean of the other cards on the same candidates, with two decimals, rounded down. */
    public String othersMean() {
        return mean(othersTotal, othersCount);
    }

    static String mean(long sum, long count) {
        return count == 0 ? "" : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.FLOOR).toPlainString();
    }

    /** Their mean on shared candidates minus the others' mean on them: below zero harsher, above more lenient. */
    public BigDecimal offset() {
        if (shared == 0) {
            return null;
        }
        BigDecimal mine = BigDecimal.valueOf(sharedTotal).divide(BigDecimal.valueOf(shared), 10, RoundingMode.HALF_EVEN);
        BigDecimal theirs = BigDecimal.valueOf(othersTotal).divide(BigDecimal.valueOf(othersCount), 10, RoundingMode.HALF_EVEN);
        return mine.subtract(theirs);
    }

    public String offsetText() {
        BigDecimal offset = offset();
        if (offset == null) {
            return "";
        }
        BigDecimal shown = offset.setScale(2, RoundingMode.HALF_UP);
        return (shown.signum() > 0 ? "+" : "") + shown.toPlainString();
    }

    public String distribution() {
        return ones + " / " + twos + " / " + threes + " / " + fours;
    }

    public String yesRate() {
        return percent(threes + fours, cards);
    }

    public String agreement() {
        return percent(agrees, shared);
    }

    /** Soft 3s among their 3s. */
    public String softRate() {
        return percent(softThrees, threes);
    }

    public String independentRate() {
        return percent(independent, cards);
    }

    /** Cards first submitted within 24 hours of the interview's end, of those with an interview on record. */
    public String promptRate() {
        return percent(prompt, withInterview);
    }

    public boolean outlier() {
        return !notes(false).isEmpty();
    }

    /** The outlier marks in words, such as "gives a 3 or more 85% of the time; the panel does 52% on the same candidates". */
    List<String> notes(boolean you) {
        List<String> notes = new ArrayList<>();
        if (shared < MIN_SHARED_CARDS) {
            return notes;
        }
        BigDecimal offset = offset();
        if (offset.abs().compareTo(OFFSET) >= 0) {
            notes.add((you ? "score " : "scores ") + offset.abs().setScale(2, RoundingMode.HALF_UP).toPlainString() + " points "
                    + (offset.signum() < 0 ? "below (harsher than)" : "above (more lenient than)")
                    + " the other interviewers on the same candidates");
        }
        // |mine/shared - others/othersCount| >= 25%, in whole numbers
        long gap = Math.abs(sharedYes * othersCount - othersYes * shared);
        if (othersCount > 0 && 100 * gap >= YES_GAP_POINTS * shared * othersCount) {
            notes.add((you ? "give" : "gives") + " a 3 or more " + percent(sharedYes, shared) + " of the time; the panel does "
                    + percent(othersYes, othersCount) + " on the same candidates");
        }
        return notes;
    }

    public String note() {
        return String.join("; ", notes(false));
    }

    /** The same words, to the interviewer: "you give a 3 or more ...". */
    public String yourNote() {
        return String.join("; you ", notes(true));
    }

    static String percent(long part, long whole) {
        return Figures.percent(part, whole, 0, "");
    }
}
