package org.ketnoi.account;

/** What a user may do on the platform as a whole. */
public enum Role {
    /** Runs the platform: agencies, users. */
    ADMIN,
    /** Staff of an organising agency: creates and runs events. */
    ORGANISER,
    /** Represents a company: registers for events, meets partners. */
    COMPANY;

    /** The Spring Security authority name, e.g. {@code ROLE_ORGANISER}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
