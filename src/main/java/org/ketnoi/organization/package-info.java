/**
 * Organising agencies (a provincial Department of Industry and Trade, a consulate's trade office, a
 * chamber of commerce...) and their staff. Events are co-organised by agencies; a user organises an
 * event through the agencies they work for. Admins create agencies and assign staff.
 */
@NullMarked
package org.ketnoi.organization;

import org.jspecify.annotations.NullMarked;
