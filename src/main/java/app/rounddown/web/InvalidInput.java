package app.rounddown.web;

/** Input a person has to correct; carries the message for each field. */
public class InvalidInput extends RuntimeException {
    private final FieldErrors errors;

    public InvalidInput(FieldErrors errors) {
        super("invalid input", null, false, false);
        this.errors = errors;
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(FieldErrors.of(field, message));
    }

    public FieldErrors errors() {
        return errors;
    }
}
