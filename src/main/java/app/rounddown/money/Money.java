package app.rounddown.money;

import app.rounddown.web.TextExtensions;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of money in its currency: whole cents in a BigDecimal, never a double, never without the currency it
 * is in. Stored as two columns (an amount and a three-letter ISO 4217 code).
 */
@Embeddable
public record Money(BigDecimal amount, String currency) {
    /** The largest amount a numeric(12, 2) column holds, as SuperDay fees are stored. */
    public static final BigDecimal LARGEST_FEE = new BigDecimal("9999999999.99");
    /** The largest amount a numeric(14, 2) column holds, as pay is stored. */
    public static final BigDecimal LARGEST_PAY = new BigDecimal("999999999999.99");

    public static Money of(BigDecimal amount, String currency) {
        return new Money(amount.setScale(2, RoundingMode.UNNECESSARY), currency);
    }

    public static Money zero(String currency) {
        return of(BigDecimal.ZERO, currency);
    }

    /** Whether a typed amount can be kept: whole cents, not below zero, no more than the column holds. */
    public static boolean fits(BigDecimal amount, BigDecimal largest) {
        return amount != null && amount.signum() >= 0 && amount.stripTrailingZeros().scale() <= 2
                && amount.compareTo(largest) <= 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** The amount as people read it: 1,000.00 (with the currency beside it, see {@link #toString()}). */
    public String amountText() {
        return TextExtensions.money(amount);
    }

    @Override
    public String toString() {
        return amountText() + " " + currency;
    }
}
