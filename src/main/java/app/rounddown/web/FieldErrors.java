package app.rounddown.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Messages for a person, one per field, shown beside the field or returned as JSON. */
public final class FieldErrors {
    private final Map<String, String> messages = new LinkedHashMap<>();

    public static FieldErrors none() {
        return new FieldErrors();
    }

    public static FieldErrors of(String field, String message) {
        return new FieldErrors().add(field, message);
    }

    public static FieldErrors from(Set<? extends ConstraintViolation<?>> violations) {
        FieldErrors errors = new FieldErrors();
        violations.stream()
                .sorted((a, b) -> fieldOf(a).compareTo(fieldOf(b)))
                .forEach(v -> errors.add(fieldOf(v), v.getMessage()));
        return errors;
    }

    /** The last node of the path: "create.input.title" is the field "title". */
    static String fieldOf(ConstraintViolation<?> violation) {
        String field = "";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null) {
                // A whole request body that is missing is reported as "body", not as the Java parameter's name.
                field = node.getKind() == ElementKind.PARAMETER ? "body" : node.getName();
            }
        }
        return field;
    }

    public FieldErrors add(String field, String message) {
        messages.putIfAbsent(field, message);
        return this;
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public boolean has(String field) {
        return messages.containsKey(field);
    }

    public String get(String field) {
        return messages.getOrDefault(field, "");
    }

    public List<FieldError> asList() {
        List<FieldError> list = new ArrayList<>();
        messages.forEach((field, message) -> list.add(new FieldError(field, message)));
        return list;
    }

    public record FieldError(String field, String message) {
    }
}
