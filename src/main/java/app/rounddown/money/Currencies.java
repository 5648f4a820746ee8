package app.rounddown.money;

import java.util.Currency;

/** Money is in a real ISO 4217 currency, such as USD or EUR, not just any three letters. */
public final class Currencies {
    public static final String MESSAGE = "Give the currency as its three-letter code, such as USD or EUR.";

    private Currencies() {
    }

    public static boolean known(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }
}
