package org.ketnoi.account;

/** A plain-text mail, already rendered in the recipient's language. */
public record Mail(String to, String subject, String body) {}
