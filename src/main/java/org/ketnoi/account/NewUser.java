package org.ketnoi.account;

import org.ketnoi.i18n.Language;

/** What it takes to create a user; the password is in clear and hashed on the way in. */
public record NewUser(String email, String password, String displayName, Role role, Language language) {}
