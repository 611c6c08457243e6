package org.ketnoi.account;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this e-mail or from this address; the message is for logs only. */
class SignInThrottledException extends AuthenticationException {

    SignInThrottledException() {
        super("Too many failed sign-ins; try again later");
    }
}
