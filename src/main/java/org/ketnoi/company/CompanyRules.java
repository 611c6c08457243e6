package org.ketnoi.company;

import java.time.Clock;
import java.time.Year;
import java.util.regex.Pattern;
import org.ketnoi.shared.InvalidInputException;
import org.ketnoi.taxonomy.Country;
import org.ketnoi.taxonomy.Geography;
import org.ketnoi.taxonomy.SectorCatalog;
import org.springframework.stereotype.Component;

/** The checks a profile passes before it is stored; each failure names its field and message key. */
@Component
class CompanyRules {

    private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");
    private static final Pattern WEBSITE = Pattern.compile("https?://[^\\s/$.?#][^\\s]*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-.]{6,30}");
    private static final Pattern TAX_CODE = Pattern.compile("[0-9A-Za-z\\-]{6,30}");
    private static final int FIRST_YEAR = 1800;

    private final Geography geography;
    private final SectorCatalog sectors;
    private final Clock clock;

    CompanyRules(Geography geography, SectorCatalog sectors, Clock clock) {
        this.geography = geography;
        this.sectors = sectors;
        this.clock = clock;
    }

    void check(CompanyDetails company) {
        if (company.name().isEmpty()) {
            throw new InvalidInputException("name", "company.error.name-required");
        }
        if (!ISO2.matcher(company.country()).matches()) {
            throw new InvalidInputException("country", "company.error.country-invalid");
        }
        checkProvince(company);
        if (company.website() != null && !WEBSITE.matcher(company.website()).matches()) {
            throw new InvalidInputException("website", "company.error.website-invalid");
        }
        Integer year = company.yearFounded();
        if (year != null && (year < FIRST_YEAR || year > Year.now(clock).getValue())) {
            throw new InvalidInputException("yearFounded", "company.error.year-invalid");
        }
        for (String sector : company.sectors()) {
            if (sectors.find(sector).isEmpty()) {
                throw new InvalidInputException("sectors", "company.error.sector-unknown", sector);
            }
        }
        if (!company.exportMarkets().stream()
                .allMatch(code -> ISO2.matcher(code).matches())) {
            throw new InvalidInputException("exportMarkets", "company.error.country-invalid");
        }
        if (company.taxCode() != null && !TAX_CODE.matcher(company.taxCode()).matches()) {
            throw new InvalidInputException("taxCode", "company.error.tax-code-invalid");
        }
        checkContacts(company.contacts());
    }

    private void checkProvince(CompanyDetails company) {
        String province = company.provinceCode();
        if (province == null) {
            return;
        }
        boolean known = Country.fromCode(company.country())
                .map(country -> geography.province(country, province).isPresent())
                .orElse(false);
        if (!known) {
            throw new InvalidInputException("provinceCode", "company.error.province-unknown");
        }
    }

    private static void checkContacts(CompanyContacts contacts) {
        if (contacts.email() != null && !EMAIL.matcher(contacts.email()).matches()) {
            throw new InvalidInputException("contactEmail", "company.error.email-invalid");
        }
        if (contacts.phone() != null && !PHONE.matcher(contacts.phone()).matches()) {
            throw new InvalidInputException("contactPhone", "company.error.phone-invalid");
        }
    }

    /** PNG or JPEG up to 512 KB, recognised by its first bytes, whatever the upload claims. */
    static CompanyLogo logo(byte[] bytes) {
        if (bytes.length == 0 || bytes.length > 512 * 1024) {
            throw new InvalidInputException("logo", "company.error.logo-size");
        }
        if (startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return new CompanyLogo("image/png", bytes);
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return new CompanyLogo("image/jpeg", bytes);
        }
        throw new InvalidInputException("logo", "company.error.logo-type");
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
