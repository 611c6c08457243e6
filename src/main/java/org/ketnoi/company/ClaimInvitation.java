package org.ketnoi.company;

import org.ketnoi.i18n.Language;
import org.ketnoi.i18n.LocalizedText;

/**
 * What the page behind an invitation link shows: the company to be claimed and the address the
 * invitation is for. Only returned for a link that can still be accepted.
 */
public record ClaimInvitation(CompanyId company, LocalizedText companyName, String email, Language language) {}
