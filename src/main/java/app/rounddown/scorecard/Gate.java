package app.rounddown.scorecard;

import app.rounddown.pipeline.Stage;
import app.rounddown.web.Labelled;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Whether an application may move forward out of an interview stage: every assigned interviewer's card is
 * in (or excused), the stage scores at least a definite yes, nobody said Strong No, and culture has not
 * vetoed the candidate. Pure, so the rule is tested on its own.
 */
public final class Gate {
    public static final Set<Stage> INTERVIEW_STAGES = EnumSet.of(Stage.CULTURE, Stage.TECHNICAL, Stage.SMALL_TEAM,
            Stage.SUPERDAY);

    private Gate() {
    }

    public record Interviewer(String name, boolean submitted, boolean excused) {
    }

    public record Card(String author, int overall) {
    }

    /** What holds a move, as a badge names it. */
    public enum Blocker implements Labelled {
        MISSING_CARD("Missing card"), BELOW_THREE("Below 3"), STRONG_NO("Strong No"), CULTURE_VETO("Culture veto"),
        HIDDEN("Results hidden");

        private final String label;

        Blocker(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** One thing holding the move: its badge and the sentence that explains it. */
    public record Hold(Blocker blocker, String reason) {
    }

    /** A submitted card as the culture veto reads it: its stage, overall score and a culture criterion scored 1. */
    public record CultureCard(String author, Stage stage, Integer overall, String cultureStrongNoCriterion) {
    }

    /**
     * "Culture comes first": a Strong No at the culture interview, or a Strong No on a culture criterion at a later
     * stage, vetoes the candidate. The first such card, in words; empty when there is none.
     */
    public static Optional<String> cultureVeto(List<CultureCard> cards) {
        for (CultureCard card : cards) {
            if (card.stage() == Stage.CULTURE && Integer.valueOf(1).equals(card.overall())) {
                return Optional.of(card.author() + " gave a Strong No at the Culture interview");
            }
            if (card.cultureStrongNoCriterion() != null) {
                return Optional.of(card.author() + " scored \u201c" + card.cultureStrongNoCriterion() + "\u201d a Strong No at the "
                        + card.stage().label());
            }
        }
        return Optional.empty();
    }

    /** Why the move must wait, in words; empty when it may go ahead. */
    public static List<String> reasonsToHold(Stage stage, List<Interviewer> assigned, List<Card> cards,
                                             Optional<String> cultureVeto) {
        return holds(stage, assigned, cards, cultureVeto).stream().map(Hold::reason).toList();
    }

    /**
     * What holds the move, each with its reason; empty when it may go ahead. Every reason starts with a word of its
     * own, never a person's name, so a refusal can put the candidate's name in front ("Pedro Novak: no scorecard...").
     */
    public static List<Hold> holds(Stage stage, List<Interviewer> assigned, List<Card> cards,
                                   Optional<String> cultureVeto) {
        List<Hold> holds = new ArrayList<>();
        cultureVeto.ifPresent(veto -> holds.add(new Hold(Blocker.CULTURE_VETO,
                "Culture comes first, and " + veto + ": that blocks every move forward.")));
        if (!INTERVIEW_STAGES.contains(stage)) {
            return holds;
        }
        List<String> waitingFor = assigned.stream().filter(i -> !i.submitted() && !i.excused()).map(Interviewer::name)
                .toList();
        if (!waitingFor.isEmpty()) {
            holds.add(new Hold(Blocker.MISSING_CARD, "Waiting for the scorecard of " + String.join(" and ", waitingFor)
                    + " (a recruiter can excuse an interviewer, with a reason)."));
        }
        OptionalInt score = RoundDown.of(cards.stream().map(Card::overall).toList());
        if (score.isEmpty()) {
            holds.add(new Hold(Blocker.MISSING_CARD, "No scorecard has been submitted for the " + stage.label() + " yet."));
        } else if (score.getAsInt() < 3) {
            holds.add(new Hold(Blocker.BELOW_THREE, "The " + stage.label() + " scores " + score.getAsInt() + " ("
                    + RoundDown.word(score.getAsInt()) + "), rounded down from the cards; moving on needs a definite yes (3)."));
        }
        cards.stream().filter(card -> card.overall() == 1)
                .forEach(card -> holds.add(new Hold(Blocker.STRONG_NO, "A Strong No from " + card.author() + ".")));
        return holds;
    }
}
