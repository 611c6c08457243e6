package org.ketnoi.company;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.account.Role;
import org.springframework.stereotype.Component;

/**
 * Who sees a company's private contacts: its members, admins, and whoever a {@link
 * ContactAccessGrant} lets in. One rule in one place, so pages and the API agree.
 */
@Component
class CompanyAccess {

    private final CompanyRepository companies;
    private final List<ContactAccessGrant> grants;

    CompanyAccess(CompanyRepository companies, List<ContactAccessGrant> grants) {
        this.companies = companies;
        this.grants = grants;
    }

    boolean canSeeContacts(CompanyId company, @Nullable AccountUser viewer) {
        if (viewer == null) {
            return false;
        }
        return viewer.is(Role.ADMIN)
                || companies.roleOf(viewer.id(), company).isPresent()
                || grants.stream().anyMatch(grant -> grant.grants(company, viewer));
    }
}
