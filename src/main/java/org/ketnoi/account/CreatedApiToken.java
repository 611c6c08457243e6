package org.ketnoi.account;

/** A token just created: the secret is shown this once and never stored in clear. */
record CreatedApiToken(ApiToken token, String secret) {}
