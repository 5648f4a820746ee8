package app.rounddown.dossier;

import app.rounddown.people.User;
import app.rounddown.scorecard.Gate;
import app.rounddown.scorecard.GateReadings;
import app.rounddown.scorecard.RoundDown;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The result and the gate of every card a board shows, read for all of them at once (one statement, however many
 * cards) and answered by the same rules that round a panel down and refuse a move: the board's badges and the refusal
 * cannot disagree.
 */
final class BoardGates {
    private BoardGates() {
    }

    static List<BoardCard> read(List<BoardCard> cards, User viewer) {
        GateReadings readings = GateReadings.of(cards.stream().filter(BoardGates::interviewed)
                .collect(Collectors.toMap(BoardCard::applicationId, BoardCard::stage)), viewer.id);
        return cards.stream().map(card -> interviewed(card) ? withInterviews(readings, card, viewer) : card).toList();
    }

    /** Cards at an interview stage have a result; an active one at the offer stage can still be vetoed by culture. */
    private static boolean interviewed(BoardCard card) {
        return Gate.INTERVIEW_STAGES.contains(card.stage()) || card.gated();
    }

    /** Someone still owing their own card at this stage sees no result, so their card stays independent. */
    private static BoardCard withInterviews(GateReadings readings, BoardCard card, User viewer) {
        List<Integer> overalls = readings.overalls(card.applicationId(), card.stage());
        boolean hidden = readings.owes(card.applicationId(), card.stage(), viewer.id);
        OptionalInt score = RoundDown.of(overalls);
        Integer result = hidden || score.isEmpty() ? null : score.getAsInt();
        boolean divergent = !hidden && RoundDown.divergent(overalls);
        return card.withInterviews(result, divergent, card.gated() ? readiness(readings, card, viewer) : null);
    }

    private static BoardCard.Readiness readiness(GateReadings readings, BoardCard card, User viewer) {
        return new BoardCard.Readiness(Gate.INTERVIEW_STAGES.contains(card.stage()),
                readings.cardsIn(card.applicationId(), card.stage()), readings.cardsDue(card.applicationId(), card.stage()),
                readings.holds(card.applicationId(), card.stage(), viewer.id));
    }
}
