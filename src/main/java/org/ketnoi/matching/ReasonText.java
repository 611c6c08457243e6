package org.ketnoi.matching;

/** A reason in the reader's language, with its code ({@code they-buy-you-sell}) for clients. */
public record ReasonText(String code, String text) {}
