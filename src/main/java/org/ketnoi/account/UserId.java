package org.ketnoi.account;

/** A user, by id. Serializable because the signed-in principal holding it lives in the HTTP session. */
public record UserId(long value) implements java.io.Serializable {}
