package org.ketnoi.taxonomy.web;

import org.springframework.http.HttpStatus;

/** A bad or unknown request to the taxonomy API, answered as translated problem+json. */
final class TaxonomyProblem extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;
    private final String argument;

    TaxonomyProblem(HttpStatus status, String messageKey, String argument) {
        super(messageKey + ": " + argument, null, false, false);
        this.status = status;
        this.messageKey = messageKey;
        this.argument = argument;
    }

    HttpStatus status() {
        return status;
    }

    String messageKey() {
        return messageKey;
    }

    String argument() {
        return argument;
    }
}
