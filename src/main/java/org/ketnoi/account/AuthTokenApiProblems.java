package org.ketnoi.account;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Translated RFC 9457 answers for the token API's failures. */
@RestControllerAdvice(assignableTypes = AuthTokenApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuthTokenApiProblems {

    private final MessageSource messages;
    private final AccountProperties properties;

    AuthTokenApiProblems(MessageSource messages, AccountProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    /** A disabled user hears the same as a wrong password: the API does not tell accounts apart. */
    @ExceptionHandler({BadCredentialsException.class, DisabledException.class})
    ProblemDetail badCredentials() {
        return problem(HttpStatus.UNAUTHORIZED, "auth.problem.bad-credentials");
    }

    @ExceptionHandler(SignInThrottledException.class)
    ProblemDetail throttled() {
        return problem(
                HttpStatus.TOO_MANY_REQUESTS,
                "auth.problem.throttled",
                properties.account().lockout().toMinutes());
    }

    @ExceptionHandler(ApiTokenNotFoundException.class)
    ProblemDetail notFound() {
        return problem(HttpStatus.NOT_FOUND, "token.problem.not-found");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable() {
        return problem(HttpStatus.BAD_REQUEST, "auth.problem.unreadable");
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "auth.problem.invalid");
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", messages.getMessage(error, locale)))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    private ProblemDetail problem(HttpStatus status, String key, Object... detailArguments) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(status, messages.getMessage(key + ".detail", detailArguments, locale));
        problem.setTitle(messages.getMessage(key + ".title", null, locale));
        return problem;
    }
}
