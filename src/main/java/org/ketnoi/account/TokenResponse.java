package org.ketnoi.account;

/** The new token's secret, returned this once, with its id for later revocation. */
record TokenResponse(String token, long id, String name, String prefix) {}
