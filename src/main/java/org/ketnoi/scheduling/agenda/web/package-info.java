/**
 * Agenda pages and downloads: a participant's agenda (HTML, .ics, PDF) for the session-signed-in web
 * and the JSON API's token users, and the organisers' schedule grid with printable table sheets.
 */
@NullMarked
package org.ketnoi.scheduling.agenda.web;

import org.jspecify.annotations.NullMarked;
