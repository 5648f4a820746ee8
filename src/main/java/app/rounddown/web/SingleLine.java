package app.rounddown.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * Text shown on one line (a name, a title, an e-mail address): no line breaks, tabs or other control characters,
 * which would break the line on a page, in a CSV or in an e-mail header. Multi-line text (notes, briefs) keeps them.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SingleLine.Validator.class)
public @interface SingleLine {
    String MESSAGE = "Use a single line without line breaks or control characters.";

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<SingleLine, String> {
        /** Control characters, and the Unicode line and paragraph separators, which also break a line. */
        private static final Pattern BREAKS_THE_LINE = Pattern.compile("[\\p{Cc}\\u2028\\u2029]");

        /** For fields checked by hand rather than on an input record. */
        public static boolean holds(String value) {
            return value == null || !BREAKS_THE_LINE.matcher(value).find();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return holds(value);
        }
    }
}
