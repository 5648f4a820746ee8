package app.rounddown.web;

/** Which slice of a list to show. Every list is paged, so no page ever reads a whole table. */
public record PageRequest(int page, int size) {
    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 100;

    public static PageRequest parse(String page, String size) {
        return new PageRequest(parseNumber("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE),
                parseNumber("size", size, DEFAULT_SIZE, 1, MAX_SIZE));
    }

    private static int parseNumber(String field, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // falls through to the message below
        }
        throw InvalidInput.of(field, "Use a whole number from " + min + " to " + max + ".");
    }

    public int offset() {
        return page * size;
    }
}
