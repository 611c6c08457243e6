package org.ketnoi.account;

/** No user with that id. */
public class UserNotFoundException extends RuntimeException {

    public UserNotFoundException(UserId id) {
        super("No user " + id.value());
    }
}
