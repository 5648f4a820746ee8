package app.rounddown.server;

import app.rounddown.money.Currencies;
import app.rounddown.money.Money;
import java.math.BigDecimal;
import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The settings a person gives at start-up, each checked with a message that names it and says what to do. */
public final class Settings {
    public static final String SECRET = "rounddown.secret";
    public static final String TIME_ZONE = "rounddown.time-zone";
    public static final String CURRENCY = "rounddown.superday.currency";
    public static final String FEE = "rounddown.superday.fee";
    public static final String CANCELLATION_FEE = "rounddown.superday.cancellation-fee";
    public static final String MAIL_FROM = "rounddown.mail.from";
    public static final String COMPANY_NAME = "rounddown.company-name";
    public static final String PUBLIC_URL = "rounddown.public-url";
    static final int COMPANY_NAME_LENGTH = 100;
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>(),;:\"\\[\\]]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?");
    static final int SECRET_LENGTH = 32;

    private Settings() {
    }

    /** Every problem with the settings, one line each; empty when all is well. */
    public static List<String> problems(Function<String, String> setting) {
        List<String> problems = new ArrayList<>();
        String secret = setting.apply(SECRET);
        if (secret == null || secret.isBlank()) {
            problems.add(named(SECRET) + " is not set. It signs the forms' anti-forgery tokens and must be the same on every "
                    + "instance. Make one with `openssl rand -base64 48` and start again with it set.");
        } else if (secret.length() < SECRET_LENGTH) {
            problems.add(named(SECRET) + " is " + secret.length() + " characters long; it needs " + SECRET_LENGTH
                    + " or more. Make one with `openssl rand -base64 48`.");
        }
        String zone = setting.apply(TIME_ZONE);
        if (zone != null && !ZoneId.getAvailableZoneIds().contains(zone.strip())) {
            problems.add(named(TIME_ZONE) + " is \"" + zone + "\", which is not a time zone: use an IANA name such as "
                    + "Europe/London or America/New_York.");
        }
        String currency = setting.apply(CURRENCY);
        if (currency != null && !Currencies.known(currency.strip())) {
            problems.add(named(CURRENCY) + " is \"" + currency + "\", which is not a currency: use a three-letter "
                    + "ISO 4217 code such as USD or EUR.");
        }
        for (String fee : List.of(FEE, CANCELLATION_FEE)) {
            String amount = setting.apply(fee);
            if (amount != null && !isAmount(amount)) {
                problems.add(named(fee) + " is \"" + amount + "\": give an amount of 0 or more in whole cents, such as 1000 or 1000.50.");
            }
        }
        String from = setting.apply(MAIL_FROM);
        if (from == null || from.isBlank()) {
            problems.add(named(MAIL_FROM) + " is not set. Invitations and notices are sent from this address: set it to "
                    + "one your SMTP server may send from, such as hiring@example.com.");
        } else if (!isAddress(from.strip())) {
            problems.add(named(MAIL_FROM) + " is \"" + from + "\", which is not an e-mail address: write the address "
                    + "alone, such as hiring@example.com.");
        }
        String company = setting.apply(COMPANY_NAME);
        if (company == null || company.isBlank()) {
            problems.add(named(COMPANY_NAME) + " is not set. Every message and the candidate's pages carry it: set it "
                    + "to your company's name, such as \"Acme Ltd\".");
        } else if (company.strip().length() > COMPANY_NAME_LENGTH || company.chars().anyMatch(Character::isISOControl)) {
            problems.add(named(COMPANY_NAME) + " must be one line of at most " + COMPANY_NAME_LENGTH + " characters.");
        }
        String publicUrl = setting.apply(PUBLIC_URL);
        if (publicUrl != null && !isPublicUrl(publicUrl.strip())) {
            problems.add(named(PUBLIC_URL) + " is \"" + publicUrl + "\": give the address people open Rounddown at, "
                    + "such as https://hiring.example.com, so links in e-mails lead there.");
        }
        return problems;
    }

    /** A bare address, as the From line and calendar requests need it: no display name, no spaces. */
    public static boolean isAddress(String text) {
        return text.length() <= 254 && ADDRESS.matcher(text).matches();
    }

    private static boolean isPublicUrl(String text) {
        try {
            URI uri = new URI(text);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getQuery() == null && uri.getFragment() == null;
        } catch (Exception notAnAddress) {
            return false;
        }
    }

    /** How a person sets it: the environment variable first, then the property. */
    static String named(String property) {
        return property.toUpperCase().replace('.', '_').replace('-', '_') + " (" + property + ")";
    }

    private static boolean isAmount(String text) {
        try {
            BigDecimal amount = new BigDecimal(text.strip());
            return Money.fits(amount, Money.LARGEST_FEE);
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }
}
