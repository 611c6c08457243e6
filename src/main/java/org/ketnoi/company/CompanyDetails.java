package org.ketnoi.company;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ketnoi.i18n.Language;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.taxonomy.Certification;

/**
 * Everything a company's members write on its profile.
 *
 * @param country ISO 3166-1 alpha-2
 * @param provinceCode a {@link org.ketnoi.taxonomy.Geography} code of the country (VN and CN)
 * @param sectors {@link org.ketnoi.taxonomy.SectorCatalog} codes
 * @param exportMarkets ISO 3166-1 alpha-2 codes
 * @param taxCode unique among companies; imports use it as a stable key
 */
public record CompanyDetails(
        LocalizedText name,
        LocalizedText description,
        String country,
        @Nullable String provinceCode,
        @Nullable String address,
        @Nullable String website,
        @Nullable Integer yearFounded,
        @Nullable EmployeeBand employees,
        @Nullable RevenueBand revenue,
        List<String> sectors,
        List<Certification> certifications,
        List<String> exportMarkets,
        Set<Language> languages,
        @Nullable String taxCode,
        CompanyContacts contacts) {

    public CompanyDetails {
        sectors = List.copyOf(sectors);
        certifications = List.copyOf(certifications);
        exportMarkets = List.copyOf(exportMarkets);
        languages = Set.copyOf(languages);
    }

    /** The same profile with other contacts. */
    public CompanyDetails withContacts(CompanyContacts replaced) {
        return new CompanyDetails(
                name,
                description,
                country,
                provinceCode,
                address,
                website,
                yearFounded,
                employees,
                revenue,
                sectors,
                certifications,
                exportMarkets,
                languages,
                taxCode,
                replaced);
    }

    /** Only a name and a country, as {@link NewCompany} gives them. */
    public static CompanyDetails of(NewCompany company) {
        return new CompanyDetails(
                company.name(),
                LocalizedText.empty(),
                company.country(),
                company.provinceCode(),
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                Set.of(),
                null,
                CompanyContacts.none());
    }
}
