package app.rounddown.decision;

import app.rounddown.web.Digests;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The blind first pass: candidates become "Candidate A, B, C" in an order that looks random but is the same
 * every time for one viewer, and their names and e-mail addresses are taken out of any text shown.
 */
public final class Blind {
    private Blind() {
    }

    /** The ids in the viewer's stable random order: sorted by a hash of viewer and id. */
    public static List<Long> order(long viewerId, List<Long> ids) {
        List<Long> sorted = new ArrayList<>(ids);
        sorted.sort(Comparator.comparing((Long id) -> Digests.sha256(viewerId + ":" + id)).thenComparing(id -> id));
        return sorted;
    }

    /** "Candidate A" for the first, then B, C, ... Z, AA, AB. */
    public static String label(int index) {
        StringBuilder letters = new StringBuilder();
        int n = index;
        do {
            letters.insert(0, (char) ('A' + n % 26));
            n = n / 26 - 1;
        } while (n >= 0);
        return "Candidate " + letters;
    }

    /** The text with the person's full name, each part of it and their e-mail replaced by the label. */
    public static String scrub(String text, String name, String email, String label) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        if (email != null && !email.isBlank()) {
            result = result.replaceAll("(?i)" + Pattern.quote(email), label);
        }
        if (name != null && !name.isBlank()) {
            result = result.replaceAll("(?i)" + Pattern.quote(name.strip()), label);
            for (String part : name.strip().split("\\s+")) {
                if (part.length() >= 2) {
                    result = result.replaceAll("(?iu)\\b" + Pattern.quote(part) + "\\b", label);
                }
            }
        }
        return result;
    }

}
