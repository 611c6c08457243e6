package org.ketnoi.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A row that does not exist, or that the reader may not know about: 404 on the web and the API. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends TranslatableException {

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
