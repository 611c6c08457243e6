package org.ketnoi.company;

import org.ketnoi.account.UserId;

/** A company was registered by a user, who became its owner. */
public record CompanyRegistered(CompanyId company, UserId owner) {}
