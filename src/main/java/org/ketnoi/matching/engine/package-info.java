/**
 * The matching engine: no Spring, no database. {@link org.ketnoi.matching.engine.EventSnapshot} holds
 * one event's parties and an inverted index of their HS codes; {@link
 * org.ketnoi.matching.engine.Recommender} scores candidates and explains the score; {@link
 * org.ketnoi.matching.engine.ExposureBalancer} re-ranks every participant's list at once so that no
 * one is recommended far more often than the others.
 */
@NullMarked
package org.ketnoi.matching.engine;

import org.jspecify.annotations.NullMarked;
