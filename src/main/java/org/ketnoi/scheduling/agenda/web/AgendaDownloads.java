package org.ketnoi.scheduling.agenda.web;

import java.nio.charset.StandardCharsets;
import org.ketnoi.scheduling.agenda.Agenda;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The HTTP responses of agenda files, shared by the web pages and the API. */
final class AgendaDownloads {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private AgendaDownloads() {}

    static ResponseEntity<byte[]> calendar(Agenda agenda, String body) {
        return file(CALENDAR, name(agenda, "ics"), body.getBytes(StandardCharsets.UTF_8));
    }

    static ResponseEntity<byte[]> pdf(Agenda agenda, byte[] body) {
        return file(MediaType.APPLICATION_PDF, name(agenda, "pdf"), body);
    }

    static ResponseEntity<byte[]> file(MediaType type, String name, byte[] body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    private static String name(Agenda agenda, String extension) {
        return "agenda-" + agenda.event().value() + "-" + agenda.participant().value() + "." + extension;
    }
}
