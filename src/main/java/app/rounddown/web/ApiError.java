package app.rounddown.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The JSON body of every API error: a sentence for people, and per-field messages for bad input. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String message, List<FieldErrors.FieldError> errors, Object details) {

    public static ApiError of(String message) {
        return new ApiError(message, null, null);
    }

    public static ApiError of(FieldErrors errors) {
        return new ApiError("Some fields need correcting.", errors.asList(), null);
    }
}
