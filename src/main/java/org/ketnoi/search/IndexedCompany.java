package org.ketnoi.search;

import java.util.List;
import org.ketnoi.company.CompanyProfile;
import org.ketnoi.company.CompanySummary;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.taxonomy.Certification;

/**
 * What the index keeps of a company: the public part of its profile, never its contacts. A value of
 * its own so the benchmark can generate companies without the database.
 *
 * @param sectors sector codes as the profile lists them
 * @param exportMarkets ISO 3166-1 alpha-2 codes
 */
record IndexedCompany(
        CompanySummary summary,
        LocalizedText description,
        List<String> sectors,
        List<Certification> certifications,
        List<String> exportMarkets) {

    IndexedCompany {
        sectors = List.copyOf(sectors);
        certifications = List.copyOf(certifications);
        exportMarkets = List.copyOf(exportMarkets);
    }

    static IndexedCompany of(CompanyProfile profile) {
        return new IndexedCompany(
                profile.summary(),
                profile.details().description(),
                profile.details().sectors(),
                profile.details().certifications(),
                profile.details().exportMarkets());
    }
}
