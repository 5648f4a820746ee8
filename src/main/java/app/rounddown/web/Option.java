package app.rounddown.web;

import java.util.List;

/**
 * One option of a select, with whether it is the one chosen. A list of these reads only its own values while it is
 * rendered: an option that asked the page's form or filters would look that name up through every enclosing scope,
 * against all of Qute's value resolvers, for each of hundreds of options.
 */
public record Option(long id, String text, boolean selected) {

    /** From rows of (id, text), with the chosen id (null: none) selected. */
    public static List<Option> of(List<Object[]> rows, Long chosen) {
        return rows.stream().map(row -> {
            long id = ((Number) row[0]).longValue();
            return new Option(id, (String) row[1], chosen != null && chosen == id);
        }).toList();
    }
}
