package org.ketnoi.organization.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.organization.Agency;
import org.ketnoi.organization.AgencyDetails;
import org.ketnoi.organization.AgencyKind;

public record AgencyForm(
        @Nullable @Size(max = 300) String nameVi,
        @Nullable @Size(max = 300) String nameZh,
        @Nullable @Size(max = 300) String nameEn,
        @NotNull @Nullable AgencyKind kind,
        @NotBlank @Pattern(regexp = "[A-Z]{2}") String country,
        @NotBlank @Size(max = 200) String city) {

    static AgencyForm empty() {
        return new AgencyForm(null, null, null, null, "VN", "");
    }

    static AgencyForm of(Agency agency) {
        return new AgencyForm(
                agency.name().vi(),
                agency.name().zh(),
                agency.name().en(),
                agency.kind(),
                agency.country(),
                agency.city());
    }

    LocalizedText name() {
        return new LocalizedText(nameVi, nameZh, nameEn);
    }

    AgencyDetails details() {
        return new AgencyDetails(name(), kind == null ? AgencyKind.OTHER : kind, country, city.strip());
    }
}
