package org.ketnoi.company;

import org.jspecify.annotations.Nullable;

/**
 * A company's profile as one reader may see it.
 *
 * @param details the profile; its contacts are {@link CompanyContacts#none()} unless {@code
 *     contactsVisible}
 * @param hasLogo whether {@code /companies/{id}/logo} serves an image
 */
public record CompanyProfile(
        CompanyId id, CompanyDetails details, boolean verified, boolean hasLogo, boolean contactsVisible) {

    public CompanyProfile {
        if (!contactsVisible) {
            details = details.withContacts(CompanyContacts.none());
        }
    }

    public CompanySummary summary() {
        return new CompanySummary(id, details.name(), details.country(), details.provinceCode(), verified);
    }

    public @Nullable CompanyContacts contacts() {
        return contactsVisible ? details.contacts() : null;
    }
}
