package app.rounddown.dossier;

import app.rounddown.people.User;
import app.rounddown.scorecard.Gate;
import app.rounddown.scorecard.GateReadings;
import java.util.List;

/**
 * The gate of every card a board shows, read for all of them at once (one statement, however many cards) and
 * answered by the same rule that refuses a move: the board's badges and the refusal cannot disagree.
 */
final class BoardGates {
    private BoardGates() {
    }

    static List<BoardCard> read(List<BoardCard> cards, User viewer) {
        GateReadings readings = GateReadings.of(cards.stream().filter(BoardCard::gated).map(BoardCard::applicationId)
                .toList());
        return cards.stream().map(card -> card.gated() ? card.ready(readiness(readings, card, viewer)) : card).toList();
    }

    private static BoardCard.Readiness readiness(GateReadings readings, BoardCard card, User viewer) {
        return new BoardCard.Readiness(Gate.INTERVIEW_STAGES.contains(card.stage()),
                readings.cardsIn(card.applicationId(), card.stage()), readings.cardsDue(card.applicationId(), card.stage()),
                readings.holds(card.applicationId(), card.stage(), viewer.id));
    }
}
