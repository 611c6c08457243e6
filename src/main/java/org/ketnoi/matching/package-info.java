/**
 * Partner recommendations with reasons. For an approved participant of an event, ranks the other
 * participants by a mutual score (what each side gains: complementary offers and needs on HS codes and
 * text, certifications, target markets, sectors, size, a common language) within the event's rules,
 * never proposing a pair that already has a meeting history. Reasons are codes with arguments, shown
 * in the reader's language. Exposure is balanced over the whole event so a few attractive companies
 * are not recommended to everyone.
 *
 * <p>The engine ({@code engine}) is plain Java over an in-memory snapshot of one event; {@link
 * org.ketnoi.matching.MatchingService} builds the snapshot from the event, company and catalogue
 * modules, caches the results per event and drops them when listings, companies or participants
 * change. Organisers get a match overview and propose meetings in bulk.
 */
@NullMarked
package org.ketnoi.matching;

import org.jspecify.annotations.NullMarked;
