package org.ketnoi.company;

import java.time.Instant;
import org.ketnoi.i18n.Language;

/**
 * An open invitation to claim a company, as its organisers see it (never with its token).
 *
 * @param email the address the invitation was sent to; only the user with this e-mail can accept
 * @param language the language the mail was written in
 */
public record CompanyInvitation(
        long id, CompanyId company, String email, Language language, Instant createdAt, Instant expiresAt) {}
