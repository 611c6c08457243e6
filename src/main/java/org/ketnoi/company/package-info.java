/**
 * Companies: their profiles and the users who represent them. Other modules refer to a company by
 * {@link org.ketnoi.company.CompanyId} and read it through {@link org.ketnoi.company.CompanyService}.
 * Private contacts are shown by one rule ({@code CompanyAccess}); other modules widen it with
 * {@link org.ketnoi.company.ContactAccessGrant} beans, so this module depends on none of them.
 * Publishes {@link org.ketnoi.company.CompanyRegistered} and {@link org.ketnoi.company.CompanyUpdated}.
 */
@NullMarked
package org.ketnoi.company;

import org.jspecify.annotations.NullMarked;
