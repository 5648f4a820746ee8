package app.rounddown.notes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a note mentions. A mention is "@" then a person's e-mail name (what comes before the "@" of their address,
 * e.g. {@code @rita.recruiter}), their first name ({@code @rita}) or their full name with dots ({@code @rita.recruiter}
 * again for "Rita Recruiter"), in any case. An "@" inside a word (an e-mail address in the text) is not a mention. A
 * mention that fits nobody, or several people, stays plain text, and the author is told which.
 */
public final class Mentions {
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}._%+@-])@([\\p{L}\\p{N}][\\p{L}\\p{N}._-]*)");
    private static final Pattern TRAILING = Pattern.compile("[._-]+$");

    private Mentions() {
    }

    /** Someone who could be mentioned. */
    public record Person(long id, String name, String email) {
        String handle() {
            int at = email.indexOf('@');
            return lower(at < 0 ? email : email.substring(0, at));
        }

        String firstName() {
            return lower(name.strip().split("\\s+")[0]);
        }

        String dottedName() {
            return lower(name.strip().replaceAll("\\s+", "."));
        }
    }

    /** The people a note mentions, and the mentions left as plain text: fitting several people, or nobody. */
    public record Found(List<Person> people, List<String> ambiguous, List<String> unknown) {
    }

    /** The words after each "@" in the text, lower case, each once, in order: what to look people up by. */
    public static List<String> handles(String text) {
        Set<String> handles = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(text == null ? "" : text);
        while (matcher.find()) {
            String handle = TRAILING.matcher(matcher.group(1)).replaceAll("");
            if (!handle.isEmpty()) {
                handles.add(lower(handle));
            }
        }
        return List.copyOf(handles);
    }

    /** Resolves each mention in the text among {@code people}; an exact e-mail name wins over a name. */
    public static Found in(String text, List<Person> people) {
        List<Person> found = new ArrayList<>();
        List<String> ambiguous = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String handle : handles(text)) {
            List<Person> byEmail = people.stream().filter(p -> p.handle().equals(handle)).toList();
            List<Person> matches = byEmail.isEmpty() ? people.stream()
                    .filter(p -> p.firstName().equals(handle) || p.dottedName().equals(handle)).toList() : byEmail;
            if (matches.size() == 1) {
                if (found.stream().noneMatch(p -> p.id() == matches.get(0).id())) {
                    found.add(matches.get(0));
                }
            } else if (matches.isEmpty()) {
                unknown.add("@" + handle);
            } else {
                ambiguous.add("@" + handle);
            }
        }
        return new Found(List.copyOf(found), List.copyOf(ambiguous), List.copyOf(unknown));
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
