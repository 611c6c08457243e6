package org.ketnoi.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The new password, with the token from the mailed link carried in a hidden field. */
record ResetPasswordForm(
        @NotBlank String token,

        @NotBlank @Size(min = 10, max = 200, message = "{password.length}")
        String password,

        @NotBlank String passwordRepeat) {}
