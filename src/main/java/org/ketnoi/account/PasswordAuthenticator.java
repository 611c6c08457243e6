package org.ketnoi.account;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks an e-mail and password, for the sign-in form and for {@code POST /api/v1/auth/tokens} alike,
 * so both are throttled the same way.
 */
@Component
class PasswordAuthenticator {

    /** Compared against when the e-mail is unknown, so the answer takes as long as for a known one. */
    private final String unknownUserHash;

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final SignInThrottle throttle;

    PasswordAuthenticator(UserRepository users, PasswordEncoder passwords, SignInThrottle throttle) {
        this.users = users;
        this.passwords = passwords;
        this.throttle = throttle;
        this.unknownUserHash = passwords.encode("unknown-user-placeholder");
    }

    /**
     * @throws SignInThrottledException when too many attempts failed lately, whatever the password
     * @throws BadCredentialsException for an unknown e-mail or a wrong password
     * @throws DisabledException for a disabled user with the right password
     */
    @Transactional(readOnly = true)
    public AccountUser authenticate(String email, String password, @Nullable String address) {
        if (throttle.isLocked(email, address)) {
            throw new SignInThrottledException();
        }
        Optional<AccountUser> user = users.findByEmail(email);
        String hash = user.map(AccountUser::getPassword).orElse(unknownUserHash);
        if (!passwords.matches(password, hash) || user.isEmpty()) {
            throttle.failed(email, address);
            throw new BadCredentialsException("Bad credentials");
        }
        if (!user.get().isEnabled()) {
            throw new DisabledException("User is disabled");
        }
        throttle.succeeded(email);
        return user.get().withoutPassword();
    }
}
