package app.rounddown.dossier;

import app.rounddown.candidate.Source;
import app.rounddown.decision.OfferStatus;
import app.rounddown.pipeline.ApplicationStatus;
import app.rounddown.pipeline.Stage;
import app.rounddown.scorecard.Gate;
import app.rounddown.scorecard.RoundDown;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One candidate on the board: who, how long in the stage, the stage's result, whether the gate lets them move on
 * (and why not), their offer, and for someone rejected or withdrawn the reason they left. An application from the
 * careers page is "new" until a recruiter opens the candidate, and says so when it came before the reapply-after date
 * of an earlier rejection. It also says what the viewer may do with it: open its actions (the link, or null) and its
 * offer. (Each card carries these so that rendering hundreds of cards never looks outside the card.)
 */
public record BoardCard(long applicationId, long candidateId, String name, Source source, Stage stage,
                        ApplicationStatus status, Instant stageEnteredAt, int version, Integer result,
                        boolean needsDiscussion, boolean overridden, Long offerId, OfferStatus offerStatus,
                        String closedCategory, String closedReason, Readiness readiness, boolean unopened,
                        LocalDate reappliedBefore, String actionsHref, boolean offerLinked) {

    /** Whether the gate lets this card move forward: cards in of due, and what holds it. */
    public record Readiness(boolean interviewStage, int cardsIn, int cardsDue, List<Gate.Hold> holds) {
        public boolean held() {
            return !holds.isEmpty();
        }

        public boolean allIn() {
            return cardsDue > 0 && cardsIn == cardsDue;
        }

        /** "missing card, Strong No": what the forward button says instead of moving. */
        public String summary() {
            return summaryOf(holds);
        }

        static String summaryOf(List<Gate.Hold> holds) {
            return holds.stream().map(hold -> hold.blocker() == Gate.Blocker.STRONG_NO ? hold.blocker().label()
                    : hold.blocker().label().toLowerCase(Locale.ROOT)).distinct().collect(Collectors.joining(", "));
        }
    }

    /** The card with its stage's result as the viewer may see it and, where the gate applies, its readiness. */
    BoardCard withInterviews(Integer result, boolean needsDiscussion, Readiness readiness) {
        return new BoardCard(applicationId, candidateId, name, source, stage, status, stageEnteredAt, version, result,
                needsDiscussion, overridden, offerId, offerStatus, closedCategory, closedReason, readiness, unopened,
                reappliedBefore, actionsHref, offerLinked);
    }

    /** The gate concerns people still in the running at a stage with a way forward that cards could hold. */
    boolean gated() {
        return status.isActive() && (Gate.INTERVIEW_STAGES.contains(stage) || stage == Stage.OFFER);
    }

    public String resultWord() {
        return result == null ? "" : RoundDown.word(result);
    }

    /** The rounded-down score is shown once every card is in; before that it would only be a partial picture. */
    public boolean scoreShown() {
        return result != null && (readiness == null || readiness.allIn());
    }

    /** Held by the gate: the forward button says why instead of failing after the click. */
    public String held() {
        return readiness != null && readiness.held() ? readiness.summary() : null;
    }
}
