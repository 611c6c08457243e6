package org.ketnoi.event;

import java.util.Set;
import org.ketnoi.company.CompanyId;
import org.ketnoi.i18n.Language;

/**
 * A company's request to take part in an event.
 *
 * @param connectionPoint the id of one of the event's connection points
 * @param languages the languages its delegates speak at the event
 */
public record Registration(
        CompanyId company, ParticipantRole role, long connectionPoint, Attendance attendance, Set<Language> languages) {

    public Registration {
        languages = Set.copyOf(languages);
    }
}
