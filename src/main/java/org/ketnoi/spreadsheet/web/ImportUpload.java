package org.ketnoi.spreadsheet.web;

import java.io.Serializable;
import org.ketnoi.spreadsheet.Sheet;

/** A file read by the wizard, kept in the session between its steps (one per session). */
record ImportUpload(long eventId, String token, Sheet sheet) implements Serializable {

    static final String SESSION_KEY = "ketnoi.import.upload";
}
