package org.ketnoi.company;

import org.ketnoi.account.UserId;

/** A user who represents a company. */
public record CompanyMember(UserId user, String email, String displayName, CompanyRole role) {}
