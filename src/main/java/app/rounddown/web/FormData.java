package app.rounddown.web;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The values a form was posted with, kept as typed so a form shown again with errors keeps them. */
public final class FormData {
    private final Map<String, String> values;
    private final Map<String, List<String>> lists;

    private FormData(Map<String, String> values, Map<String, List<String>> lists) {
        this.values = values;
        this.lists = lists;
    }

    private FormData(Map<String, String> values) {
        this(values, Map.of());
    }

    public static FormData of(MultivaluedMap<String, String> posted) {
        Map<String, String> values = new HashMap<>();
        Map<String, List<String>> lists = new HashMap<>();
        posted.forEach((name, list) -> {
            if (list != null && !list.isEmpty()) {
                values.put(name, list.get(0));
                lists.put(name, List.copyOf(list));
            }
        });
        return new FormData(values, lists);
    }

    /** For fields sent several times, such as checkboxes: every value, in order. */
    public List<String> all(String name) {
        return lists.getOrDefault(name, values.containsKey(name) ? List.of(values.get(name)) : List.of());
    }

    /** Whether a checkbox group holds this value. */
    public boolean has(String name, Object value) {
        String wanted = value instanceof Enum<?> e ? e.name() : String.valueOf(value);
        return all(name).contains(wanted);
    }

    /** A form filled from a record; a collection value fills a checkbox group. */
    public static FormData of(Map<String, ?> values) {
        Map<String, String> copy = new HashMap<>();
        Map<String, List<String>> lists = new HashMap<>();
        values.forEach((name, value) -> {
            if (value instanceof java.util.Collection<?> many) {
                lists.put(name, many.stream().map(v -> v instanceof Enum<?> e ? e.name() : String.valueOf(v)).toList());
            } else if (value != null) {
                copy.put(name, value instanceof Enum<?> e ? e.name() : value.toString());
            }
        });
        return new FormData(copy, lists);
    }

    public static FormData empty() {
        return new FormData(Map.of());
    }

    public FormData with(String name, String value) {
        Map<String, String> copy = new HashMap<>(values);
        copy.put(name, value);
        Map<String, List<String>> listCopy = new HashMap<>(lists);
        listCopy.remove(name);
        return new FormData(copy, listCopy);
    }

    /** The value as typed, for showing it again; empty when absent. */
    public String get(String name) {
        return values.getOrDefault(name, "");
    }

    public boolean is(String name, Object value) {
        return value != null && get(name).equals(value instanceof Enum<?> e ? e.name() : value.toString());
    }

    /** The value for binding: null when absent or blank, so "required" rules fire. */
    public String text(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    public <E extends Enum<E>> E choice(String name, Class<E> type) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /**
     * An amount of money as typed ("1,000.50" is 1000.50); null when blank. Text that is not a number reads
     * as -1, so the rule against negative amounts explains it to the person.
     */
    public java.math.BigDecimal amount(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return new java.math.BigDecimal(value.strip().replace(",", ""));
        } catch (NumberFormatException notANumber) {
            return java.math.BigDecimal.ONE.negate();
        }
    }

    /** A date typed as 2026-11-24; null when blank, and a message for the field when it is not a date. */
    public java.time.LocalDate date(String name) {
        String value = text(name);
        try {
            return value == null ? null : java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException notADate) {
            throw InvalidInput.of(name, "Give the date as a date, such as 2027-01-04.");
        }
    }

    public Integer number(String name) {
        return parsed(name, Integer::valueOf);
    }

    public Long id(String name) {
        return parsed(name, Long::valueOf);
    }

    /** Null when absent or not a number: the rules then say what is missing, in words. */
    private <N> N parsed(String name, java.util.function.Function<String, N> parser) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
