package org.ketnoi.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.ketnoi.i18n.Language;

/** The sign-up form; the language is a tag (vi, zh-CN, en). */
record SignUpForm(
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 200) String displayName,

        @NotBlank @Size(min = 10, max = 200, message = "{password.length}")
        String password,

        @NotBlank String passwordRepeat,
        @NotBlank String language) {

    static SignUpForm empty(Language reader) {
        return new SignUpForm("", "", "", "", reader.tag());
    }
}
