package org.ketnoi.company;

import org.ketnoi.account.AccountUser;

/**
 * Lets another module show a company's private contacts to more readers than its members and admins
 * (the event module: organisers of an event the company registered for; later the meeting module:
 * accepted partners). Implement as a Spring bean; the company module never depends on those modules.
 */
public interface ContactAccessGrant {

    boolean grants(CompanyId company, AccountUser viewer);
}
