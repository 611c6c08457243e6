package org.ketnoi.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The request is valid but does not fit the current state (e.g. a status change out of order): 409. */
@ResponseStatus(HttpStatus.CONFLICT)
public class ConflictException extends TranslatableException {

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
