package org.ketnoi.account;

public record UserId(long value) {}
