package org.ketnoi.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Input that passed the form's annotations but breaks a rule only the service can check (e.g. an
 * agency the user does not belong to): 400 with an error on one field.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidInputException extends TranslatableException {

    private final String field;

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
