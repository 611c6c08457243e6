package org.ketnoi.account;

/** The password reset link is unknown, used already or expired. */
class InvalidResetLinkException extends RuntimeException {

    InvalidResetLinkException() {
        super("Password reset link is unknown, used or expired");
    }
}
