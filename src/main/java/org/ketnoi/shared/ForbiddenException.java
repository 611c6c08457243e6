package org.ketnoi.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The reader may see the thing but not do this to it: 403. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class ForbiddenException extends TranslatableException {

    public ForbiddenException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
