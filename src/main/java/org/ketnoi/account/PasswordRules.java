package org.ketnoi.account;

import org.springframework.validation.Errors;

/** What the sign-up and reset forms check beyond single fields. */
final class PasswordRules {

    private PasswordRules() {}

    /** The repeated password must equal the first; only said when the first one is fine itself. */
    static void checkRepeat(String password, String repeat, Errors errors) {
        if (!errors.hasFieldErrors("password")
                && !errors.hasFieldErrors("passwordRepeat")
                && !password.equals(repeat)) {
            errors.rejectValue("passwordRepeat", "password.mismatch");
        }
    }
}
