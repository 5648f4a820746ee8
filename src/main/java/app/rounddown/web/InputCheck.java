package app.rounddown.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

/** Runs the Bean Validation rules of an input record, for page forms that bind by hand. */
@ApplicationScoped
public class InputCheck {
    @Inject
    Validator validator;

    public FieldErrors check(Object input) {
        return FieldErrors.from(validator.validate(input));
    }

    public void require(Object input) {
        FieldErrors errors = check(input);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
