package org.ketnoi.spreadsheet;

import org.ketnoi.event.ParticipantRole;

/** Choices for the rows a file leaves open. @param defaultRole the role of rows without one */
public record ImportOptions(ParticipantRole defaultRole) {

    public static ImportOptions defaults() {
        return new ImportOptions(ParticipantRole.SELLER);
    }
}
