package org.ketnoi.account;

/** Another user already signed up with this e-mail address. */
public class EmailAlreadyUsedException extends RuntimeException {

    public EmailAlreadyUsedException(String email) {
        super("E-mail already used: " + email);
    }
}
