package org.ketnoi.company.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ketnoi.company.CompanyContacts;
import org.ketnoi.company.CompanyDetails;
import org.ketnoi.company.CompanyProfile;
import org.ketnoi.i18n.Language;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.taxonomy.Certification;

/** The JSON shapes of {@code /api/v1/companies}. */
final class CompanyJson {

    private CompanyJson() {}

    record Text(
            @Nullable @Size(max = 10000) String vi,
            @Nullable @Size(max = 10000) String zh,
            @Nullable @Size(max = 10000) String en) {

        static Text of(LocalizedText text) {
            return new Text(text.vi(), text.zh(), text.en());
        }

        LocalizedText value() {
            return new LocalizedText(vi, zh, en);
        }
    }

    record Contacts(
            @Nullable @Size(max = 200) String person,
            @Nullable @Size(max = 320) String email,
            @Nullable @Size(max = 50) String phone) {}

    /** Create or replace a profile; lists may be left out. */
    record Request(
            @NotNull @Valid Text name,
            @Nullable @Valid Text description,
            @NotNull @Size(min = 2, max = 2) String country,
            @Nullable String province,
            @Nullable @Size(max = 500) String address,
            @Nullable @Size(max = 300) String website,
            @Nullable Integer yearFounded,
            @Nullable String employees,
            @Nullable String revenue,
            @Nullable List<String> sectors,
            @Nullable List<String> certifications,
            @Nullable List<String> exportMarkets,
            @Nullable List<String> languages,
            @Nullable @Size(max = 30) String taxCode,
            @Nullable @Valid Contacts contacts) {

        CompanyDetails details() {
            Contacts c = contacts == null ? new Contacts(null, null, null) : contacts;
            return new CompanyDetails(
                    name.value(),
                    description == null ? LocalizedText.empty() : description.value(),
                    Objects.requireNonNullElse(CompanyInput.upper(country), ""),
                    CompanyInput.blankToNull(province),
                    CompanyInput.blankToNull(address),
                    CompanyInput.blankToNull(website),
                    yearFounded,
                    CompanyInput.employees(employees),
                    CompanyInput.revenue(revenue),
                    CompanyInput.codes(sectors),
                    CompanyInput.certifications(certifications),
                    CompanyInput.countries(exportMarkets == null ? null : String.join(" ", exportMarkets)),
                    CompanyInput.languages(languages),
                    CompanyInput.blankToNull(taxCode),
                    new CompanyContacts(
                            CompanyInput.blankToNull(c.person()),
                            CompanyInput.blankToNull(c.email()),
                            CompanyInput.blankToNull(c.phone())));
        }
    }

    /** A profile; {@code contacts} is null unless the caller may see them. */
    record Response(
            long id,
            Text name,
            Text description,
            String country,
            @Nullable String province,
            @Nullable String address,
            @Nullable String website,
            @Nullable Integer yearFounded,
            @Nullable String employees,
            @Nullable String revenue,
            List<String> sectors,
            List<String> certifications,
            List<String> exportMarkets,
            List<String> languages,
            @Nullable String taxCode,
            boolean verified,
            @Nullable String logo,
            @Nullable Contacts contacts) {

        static Response of(CompanyProfile profile) {
            CompanyDetails d = profile.details();
            CompanyContacts c = profile.contacts();
            return new Response(
                    profile.id().value(),
                    Text.of(d.name()),
                    Text.of(d.description()),
                    d.country(),
                    d.provinceCode(),
                    d.address(),
                    d.website(),
                    d.yearFounded(),
                    d.employees() == null ? null : d.employees().name(),
                    d.revenue() == null ? null : d.revenue().name(),
                    d.sectors(),
                    d.certifications().stream().map(Certification::name).toList(),
                    d.exportMarkets(),
                    d.languages().stream().sorted().map(Language::code).toList(),
                    d.taxCode(),
                    profile.verified(),
                    profile.hasLogo() ? "/companies/" + profile.id().value() + "/logo" : null,
                    c == null ? null : new Contacts(c.person(), c.email(), c.phone()));
        }
    }
}
