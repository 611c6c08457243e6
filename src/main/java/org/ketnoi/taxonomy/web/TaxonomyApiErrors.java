package org.ketnoi.taxonomy.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns {@link TaxonomyProblem} into RFC 9457 problem details in the reader's language. */
@RestControllerAdvice(assignableTypes = TaxonomyApi.class)
class TaxonomyApiErrors {

    private final MessageSource messages;

    TaxonomyApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail problem(TaxonomyProblem problem, Locale locale) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(
                problem.status(), messages.getMessage(problem.messageKey(), new Object[] {problem.argument()}, locale));
        detail.setTitle(messages.getMessage("error.status." + problem.status().value(), null, locale));
        return detail;
    }
}
