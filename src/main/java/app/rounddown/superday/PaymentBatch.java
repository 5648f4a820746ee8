package app.rounddown.superday;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * When finance pays a SuperDay: days in the first half of a month are paid in the batch due on the 15th,
 * later days in the batch due at the month's end.
 */
public final class PaymentBatch {
    private PaymentBatch() {
    }

    public static LocalDate dueBy(LocalDate superDay) {
        return superDay.getDayOfMonth() <= 15 ? superDay.withDayOfMonth(15)
                : YearMonth.from(superDay).atEndOfMonth();
    }
}
