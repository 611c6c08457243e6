package org.ketnoi.meeting;

import java.util.List;
import org.ketnoi.account.AccountUser;
import org.ketnoi.company.CompanyId;
import org.ketnoi.company.CompanyService;
import org.ketnoi.company.CompanySummary;
import org.ketnoi.company.ContactAccessGrant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Companies that agreed to meet see each other's private contacts: an accepted meeting in any event
 * between the company and one the viewer represents. A cancelled meeting no longer grants them.
 */
@Component
class MeetingContactGrant implements ContactAccessGrant {

    private final MeetingRequestRepository requests;
    // The company service asks every grant, so it is looked up when needed, not at construction.
    private final ObjectProvider<CompanyService> companies;

    MeetingContactGrant(MeetingRequestRepository requests, ObjectProvider<CompanyService> companies) {
        this.requests = requests;
        this.companies = companies;
    }

    @Override
    public boolean grants(CompanyId company, AccountUser viewer) {
        List<CompanyId> own = companies.getObject().companiesOf(viewer.id()).stream()
                .map(CompanySummary::id)
                .toList();
        return requests.acceptedBetween(company, own);
    }
}
