package org.ketnoi.company;

/** A company's profile was changed (name, description, sectors…); readers of it should refresh. */
public record CompanyUpdated(CompanyId company) {}
