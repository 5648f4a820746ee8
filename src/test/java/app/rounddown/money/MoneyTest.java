package app.rounddown.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {
    @Test
    void anAmountReadsWithThousandsCentsAndItsCurrency() {
        assertEquals("1,000.00 USD", Money.of(new BigDecimal("1000"), "USD").toString());
        assertEquals("1,234,567.50 EUR", Money.of(new BigDecimal("1234567.5"), "EUR").toString());
    }

    @Test
    void amountsAreKeptInWholeCents() {
        assertEquals(new BigDecimal("500.00"), Money.of(new BigDecimal("500"), "USD").amount());
        assertTrue(Money.fits(new BigDecimal("1000.50"), Money.LARGEST_FEE));
        assertTrue(Money.fits(new BigDecimal("1000.500"), Money.LARGEST_FEE), "trailing zeros are still whole cents");
        assertFalse(Money.fits(new BigDecimal("1000.505"), Money.LARGEST_FEE), "a fraction of a cent");
    }

    @Test
    void noNegativeNoMissingAndNothingTheColumnCannotHold() {
        assertFalse(Money.fits(new BigDecimal("-1"), Money.LARGEST_FEE));
        assertFalse(Money.fits(null, Money.LARGEST_FEE));
        assertFalse(Money.fits(new BigDecimal("10000000000"), Money.LARGEST_FEE));
        assertTrue(Money.fits(new BigDecimal("10000000000"), Money.LARGEST_PAY));
        assertTrue(Money.fits(BigDecimal.ZERO, Money.LARGEST_FEE), "a day may be unpaid: donated or waived");
    }

    @Test
    void zeroKnowsItIsZero() {
        assertTrue(Money.zero("USD").isZero());
        assertFalse(Money.of(new BigDecimal("0.01"), "USD").isZero());
    }
}
