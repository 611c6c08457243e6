package org.ketnoi.company.web;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.ketnoi.company.CompanyContacts;
import org.ketnoi.company.CompanyDetails;
import org.ketnoi.i18n.Language;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.taxonomy.Certification;

/** The profile form: one input per field, lists as repeated checkboxes, export markets as text. */
record CompanyForm(
        @Nullable @Size(max = 300) String nameVi,
        @Nullable @Size(max = 300) String nameZh,
        @Nullable @Size(max = 300) String nameEn,
        @Nullable @Size(max = 10000) String descriptionVi,
        @Nullable @Size(max = 10000) String descriptionZh,
        @Nullable @Size(max = 10000) String descriptionEn,
        @Nullable String country,
        @Nullable String provinceCode,
        @Nullable @Size(max = 500) String address,
        @Nullable @Size(max = 300) String website,
        @Nullable Integer yearFounded,
        @Nullable String employees,
        @Nullable String revenue,
        @Nullable List<String> sectors,
        @Nullable List<String> certifications,
        @Nullable @Size(max = 500) String exportMarkets,
        @Nullable List<String> languages,
        @Nullable @Size(max = 30) String taxCode,
        @Nullable @Size(max = 200) String contactPerson,
        @Nullable @Size(max = 320) String contactEmail,
        @Nullable @Size(max = 50) String contactPhone) {

    static CompanyForm empty() {
        return new CompanyForm(
                null, null, null, null, null, null, "VN", null, null, null, null, null, null, List.of(), List.of(),
                null, List.of(), null, null, null, null);
    }

    static CompanyForm of(CompanyDetails c) {
        return new CompanyForm(
                c.name().vi(),
                c.name().zh(),
                c.name().en(),
                c.description().vi(),
                c.description().zh(),
                c.description().en(),
                c.country(),
                c.provinceCode(),
                c.address(),
                c.website(),
                c.yearFounded(),
                c.employees() == null ? null : c.employees().name(),
                c.revenue() == null ? null : c.revenue().name(),
                c.sectors(),
                c.certifications().stream().map(Certification::name).toList(),
                String.join(" ", c.exportMarkets()),
                c.languages().stream().map(Language::code).collect(Collectors.toList()),
                c.taxCode(),
                c.contacts().person(),
                c.contacts().email(),
                c.contacts().phone());
    }

    CompanyDetails details() {
        return new CompanyDetails(
                new LocalizedText(nameVi, nameZh, nameEn),
                new LocalizedText(descriptionVi, descriptionZh, descriptionEn),
                java.util.Objects.requireNonNullElse(CompanyInput.upper(country), ""),
                CompanyInput.blankToNull(provinceCode),
                CompanyInput.blankToNull(address),
                CompanyInput.blankToNull(website),
                yearFounded,
                CompanyInput.employees(employees),
                CompanyInput.revenue(revenue),
                CompanyInput.codes(sectors),
                CompanyInput.certifications(certifications),
                CompanyInput.countries(exportMarkets),
                CompanyInput.languages(languages),
                CompanyInput.blankToNull(taxCode),
                new CompanyContacts(
                        CompanyInput.blankToNull(contactPerson),
                        CompanyInput.blankToNull(contactEmail),
                        CompanyInput.blankToNull(contactPhone)));
    }
}
