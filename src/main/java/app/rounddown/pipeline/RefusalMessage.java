package app.rounddown.pipeline;

import java.util.Locale;

/**
 * A refused action names the candidate first, so a message read on a board of fifty cards (or in a flash after the
 * page has moved on) says whom it is about: "Pedro Novak: no scorecard has been submitted for the Culture interview
 * yet." The rules' reasons never start with a name, so lowering their first letter is safe.
 */
public final class RefusalMessage {
    private RefusalMessage() {
    }

    public static String of(String candidateName, String reason) {
        if (reason.isEmpty()) {
            return candidateName;
        }
        return candidateName + ": " + reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    }
}
