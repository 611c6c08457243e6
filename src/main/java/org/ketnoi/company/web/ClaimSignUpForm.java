package org.ketnoi.company.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.ketnoi.i18n.Language;

/** Creating an account from a claim link: the e-mail is the invitation's, so the form has none. */
record ClaimSignUpForm(
        String token,
        @NotBlank @Size(max = 200) String displayName,

        @NotBlank @Size(min = 10, max = 200, message = "{password.length}")
        String password,

        @NotBlank String passwordRepeat,
        @NotBlank String language) {

    static ClaimSignUpForm empty(String token, Language language) {
        return new ClaimSignUpForm(token, "", "", "", language.tag());
    }
}
