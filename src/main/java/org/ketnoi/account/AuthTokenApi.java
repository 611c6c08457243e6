package org.ketnoi.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Personal API tokens through the API: get one with e-mail and password, list and revoke your own. */
@RestController
@RequestMapping("/api/v1/auth/tokens")
class AuthTokenApi {

    private final PasswordAuthenticator authenticator;
    private final ApiTokenService tokens;
    private final MessageSource messages;

    AuthTokenApi(PasswordAuthenticator authenticator, ApiTokenService tokens, MessageSource messages) {
        this.authenticator = authenticator;
        this.tokens = tokens;
        this.messages = messages;
    }

    /** Throttled like the sign-in form: too many failures give 429 even with the right password. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    TokenResponse create(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
        AccountUser user = authenticator.authenticate(request.email(), request.password(), http.getRemoteAddr());
        String name = request.name() == null || request.name().isBlank()
                ? messages.getMessage(
                        "token.default-name", null, user.language().locale())
                : request.name();
        CreatedApiToken created = tokens.create(user.id(), name);
        return new TokenResponse(
                created.secret(),
                created.token().id(),
                created.token().name(),
                created.token().prefix());
    }

    @GetMapping
    List<ApiToken> list(@AuthenticationPrincipal AccountUser user) {
        return tokens.list(user.id());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
        tokens.revoke(user.id(), id);
    }
}
