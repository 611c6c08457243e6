package org.ketnoi.taxonomy;

/**
 * One suggested subheading for a product description.
 *
 * @param code the 6-digit subheading
 * @param name its name in the reader's language (another language when that one is missing)
 * @param score relevance relative to the best suggestion, which scores 1.0
 */
public record HsSuggestion(HsCode code, String name, double score) {}
