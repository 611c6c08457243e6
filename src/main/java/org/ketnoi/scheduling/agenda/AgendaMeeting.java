package org.ketnoi.scheduling.agenda;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A meeting as one participant's agenda shows it, texts in the agenda's language.
 *
 * @param uid the meeting's calendar identity, stable across schedule versions
 * @param sequence RFC 5545 SEQUENCE: rises whenever time or place changed, and once more on removal
 * @param day the local date in the reader's zone
 * @param time start–end in the reader's zone, e.g. {@code 09:40–10:00}
 * @param partnerTime for online meetings whose partner is in another zone: start–end and the partner's
 *     place in the partner's zone, e.g. {@code 10:40–11:00 Hàng Châu}
 * @param place table, trade room and connection point, or {@code null} for online meetings
 * @param interpreter the interpreter's name and languages, e.g. {@code Lê Thu Hà (Tiếng Việt–中文)}
 */
public record AgendaMeeting(
        String uid,
        int sequence,
        Instant start,
        Instant end,
        LocalDate day,
        String time,
        @Nullable String partnerTime,
        @Nullable String place,
        @Nullable String onlineUrl,
        long partnerParticipant,
        @Nullable Long partnerCompany,
        String partnerName,
        String partnerCountry,
        @Nullable String interpreter) {

    public boolean online() {
        return onlineUrl != null;
    }
}
