package org.ketnoi.company;

import org.jspecify.annotations.Nullable;

/** A company's private contact details: shown only to those {@link CompanyAccess} allows. */
public record CompanyContacts(
        @Nullable String person,
        @Nullable String email,
        @Nullable String phone) {

    public static CompanyContacts none() {
        return new CompanyContacts(null, null, null);
    }
}
