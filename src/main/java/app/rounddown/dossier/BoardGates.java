package app.rounddown.dossier;

import app.rounddown.people.User;
import app.rounddown.scorecard.Gate;
import app.rounddown.scorecard.StageResults;
import java.util.List;

/**
 * The gate of every card a board shows, read for all of them at once (two statements, however many cards) and
 * answered by the same rule that refuses a move: the board's badges and the refusal cannot disagree.
 */
final class BoardGates {
    private BoardGates() {
    }

    static List<BoardCard> read(List<BoardCard> cards, User viewer) {
        StageResults results = StageResults.of(cards.stream().filter(BoardCard::gated).map(BoardCard::applicationId)
                .toList());
        return cards.stream().map(card -> card.gated() ? card.ready(readiness(results, card, viewer)) : card).toList();
    }

    private static BoardCard.Readiness readiness(StageResults results, BoardCard card, User viewer) {
        StageResults.StageReview review = results.at(card.applicationId(), card.stage());
        return new BoardCard.Readiness(Gate.INTERVIEW_STAGES.contains(card.stage()), review.cardsIn(), review.cardsDue(),
                results.holds(card.applicationId(), card.stage(), viewer));
    }
}
