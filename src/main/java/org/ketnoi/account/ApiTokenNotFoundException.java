package org.ketnoi.account;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No active token with that id belongs to the user: on web pages a 404 like any unknown id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ApiTokenNotFoundException extends RuntimeException {

    ApiTokenNotFoundException(long id) {
        super("No API token " + id);
    }
}
