package app.rounddown.superday;

import app.rounddown.money.Money;
import java.time.Instant;
import java.util.List;

/**
 * A SuperDay's agenda or set-up changed; fired inside that transaction, with the day as it was before, since the
 * agenda's rows are replaced on every save and each person's calendar holds what they were sent before.
 */
public record SuperDayChanged(long superDayId, long applicationId, Before before) {

    /** The day as it was: what the candidate was told, and each block with who took part in it. */
    public record Before(String candidateZone, Money fee, Money cancellationFee, List<Slot> slots) {
    }

    /** A block as it was; {@code position} is its place in the day, which names its calendar event. */
    public record Slot(int position, BlockKind kind, Instant startsAt, int minutes, List<Long> participantIds) {
    }
}
