package org.ketnoi.company;

import org.ketnoi.account.UserId;

/** A company without members got its first owner through an invitation. */
public record CompanyClaimed(CompanyId company, UserId owner) {}
