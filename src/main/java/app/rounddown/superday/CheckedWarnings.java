package app.rounddown.superday;

import app.rounddown.web.FormData;
import java.util.List;

/**
 * The agenda's warnings and whether the recruiter ticked "save anyway" for them. Any change to the form redraws the
 * warnings live, the tick itself included, so the tick is drawn again as long as the warnings are the ones it was given
 * for; a different set of warnings asks again, and so does saving when the warnings changed since they were read.
 */
public record CheckedWarnings(List<String> list, boolean confirmed) {
    static final String TICK = "confirmWarnings";
    static final String SHOWN = "warningsShown";

    static CheckedWarnings unread(List<String> warnings) {
        return new CheckedWarnings(warnings, false);
    }

    static CheckedWarnings of(List<String> warnings, FormData form) {
        String shown = form.text(SHOWN);
        return new CheckedWarnings(warnings, form.text(TICK) != null && (shown == null || shown.equals(fingerprint(warnings))));
    }

    boolean allowSaving() {
        return list.isEmpty() || confirmed;
    }

    /** Which warnings were on the screen when the tick was given (not a secret: a changed list is all it tells apart). */
    public String fingerprint() {
        return fingerprint(list);
    }

    private static String fingerprint(List<String> warnings) {
        return Integer.toHexString(String.join("\n", warnings).hashCode());
    }
}
