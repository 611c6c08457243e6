package org.ketnoi.organization;

import org.ketnoi.i18n.LocalizedText;

/** What an admin writes when creating or editing an agency. */
public record AgencyDetails(LocalizedText name, AgencyKind kind, String country, String city) {}
