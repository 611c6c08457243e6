package org.ketnoi.company;

/** What a user may do for a company: owners manage members and the profile, members act for it. */
public enum CompanyRole {
    OWNER,
    MEMBER
}
