package app.rounddown.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {
    private final Map<String, String> given = new HashMap<>(Map.of(Settings.SECRET, "x".repeat(48),
            Settings.TIME_ZONE, "Europe/London", Settings.CURRENCY, "EUR", Settings.FEE, "1000",
            Settings.CANCELLATION_FEE, "500.50", Settings.MAIL_FROM, "hiring@acme.example", Settings.COMPANY_NAME, "Acme Ltd",
            Settings.PUBLIC_URL, "https://hiring.acme.example"));

    private List<String> problems() {
        return Settings.problems(given::get);
    }

    @Test
    void goodSettingsHaveNoProblems() {
        assertEquals(List.of(), problems());
    }

    @Test
    void aMissingSecretNamesTheVariableWhatItIsForAndHowToMakeOne() {
        given.remove(Settings.SECRET);
        String problem = problems().get(0);
        assertTrue(problem.startsWith("ROUNDDOWN_SECRET (rounddown.secret) is not set."), problem);
        assertTrue(problem.contains("signs the forms' anti-forgery tokens"), problem);
        assertTrue(problem.contains("openssl rand -base64 48"), problem);
    }

    @Test
    void aShortSecretSaysHowLongItMustBe() {
        given.put(Settings.SECRET, "short");
        assertEquals(List.of("ROUNDDOWN_SECRET (rounddown.secret) is 5 characters long; it needs 32 or more. "
                + "Make one with `openssl rand -base64 48`."), problems());
    }

    @Test
    void eachBadValueGetsOneLineNamingItsSetting() {
        given.put(Settings.TIME_ZONE, "Mars/Olympus");
        given.put(Settings.CURRENCY, "DOLLARS");
        given.put(Settings.FEE, "-5");
        given.put(Settings.CANCELLATION_FEE, "lots");
        List<String> problems = problems();
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("ROUNDDOWN_TIME_ZONE (rounddown.time-zone) is \"Mars/Olympus\""));
        assertTrue(problems.get(1).startsWith("ROUNDDOWN_SUPERDAY_CURRENCY (rounddown.superday.currency) is \"DOLLARS\""));
        assertTrue(problems.get(2).startsWith("ROUNDDOWN_SUPERDAY_FEE (rounddown.superday.fee) is \"-5\""));
        assertTrue(problems.get(3).startsWith(
                "ROUNDDOWN_SUPERDAY_CANCELLATION_FEE (rounddown.superday.cancellation-fee) is \"lots\""));
    }

    @Test
    void mailNeedsASenderAddressAndTheCompanysName() {
        given.remove(Settings.MAIL_FROM);
        given.remove(Settings.COMPANY_NAME);
        List<String> problems = problems();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("ROUNDDOWN_MAIL_FROM (rounddown.mail.from) is not set."), problems.get(0));
        assertTrue(problems.get(1).startsWith("ROUNDDOWN_COMPANY_NAME (rounddown.company-name) is not set."), problems.get(1));
    }

    @Test
    void aSenderWithADisplayNameOrALinkThatIsNotAWebAddressIsNamed() {
        given.put(Settings.MAIL_FROM, "Acme <hiring@acme.example>");
        given.put(Settings.PUBLIC_URL, "hiring.acme.example");
        given.put(Settings.COMPANY_NAME, "Acme\nLtd");
        List<String> problems = problems();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("ROUNDDOWN_MAIL_FROM (rounddown.mail.from) is \"Acme <hiring@acme.example>\", "
                + "which is not an e-mail address"), problems.get(0));
        assertTrue(problems.get(1).startsWith("ROUNDDOWN_COMPANY_NAME (rounddown.company-name) must be one line"));
        assertTrue(problems.get(2).startsWith("ROUNDDOWN_PUBLIC_URL (rounddown.public-url) is \"hiring.acme.example\""));
    }
}
