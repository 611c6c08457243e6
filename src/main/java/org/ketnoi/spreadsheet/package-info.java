/**
 * Spreadsheets in and out: organisers import the company lists agencies keep in Excel or CSV
 * (companies, contacts, listings, enrolment in their event) through upload, column mapping, a preview
 * and one all-or-nothing commit; they export an event's participants to .xlsx. Everything is written
 * through the company, catalog and event modules' public services, so imported data is validated and
 * audited like data typed into a form. Publishes nothing of its own.
 */
@NullMarked
package org.ketnoi.spreadsheet;

import org.jspecify.annotations.NullMarked;
