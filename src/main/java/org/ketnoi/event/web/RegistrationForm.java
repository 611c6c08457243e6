package org.ketnoi.event.web;

import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ketnoi.company.CompanyId;
import org.ketnoi.event.Attendance;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.event.Registration;
import org.ketnoi.i18n.Language;

/** The register form on the public event page. */
record RegistrationForm(
        @NotNull Long company,
        @NotNull ParticipantRole role,
        @NotNull Long connectionPoint,
        @NotNull Attendance attendance,
        @Nullable List<String> languages) {

    Registration registration() {
        Set<Language> spoken = EnumSet.noneOf(Language.class);
        if (languages != null) {
            languages.forEach(tag -> Language.fromTag(tag).ifPresent(spoken::add));
        }
        return new Registration(new CompanyId(company), role, connectionPoint, attendance, spoken);
    }
}
