package org.ketnoi.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.ketnoi.audit.AuditLog;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Password reset by a single-use link sent by mail, in the user's own language. Asking for a link
 * never tells whether the e-mail belongs to an account.
 */
@Service
class PasswordResetService {

    static final int MAX_MAILS_PER_WINDOW = 3;
    static final Duration MAIL_WINDOW = Duration.ofHours(1);

    private static final String TOKEN_PREFIX = "pr_";

    private final UserRepository users;
    private final PasswordResetRepository resets;
    private final PasswordEncoder passwords;
    private final Mailer mailer;
    private final MessageSource messages;
    private final AccountProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    PasswordResetService(
            UserRepository users,
            PasswordResetRepository resets,
            PasswordEncoder passwords,
            Mailer mailer,
            MessageSource messages,
            AccountProperties properties,
            AuditLog audit,
            Clock clock) {
        this.users = users;
        this.resets = resets;
        this.passwords = passwords;
        this.mailer = mailer;
        this.messages = messages;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sends a reset link if an enabled user has this e-mail; does nothing visible otherwise. */
    @Transactional
    void requestReset(String email) {
        Instant now = clock.instant();
        users.findByEmail(email).filter(AccountUser::isEnabled).ifPresent(user -> {
            // Someone who knows an address must not be able to flood that mailbox with reset mail.
            if (resets.countCreatedSince(user.id(), now.minus(MAIL_WINDOW)) >= MAX_MAILS_PER_WINDOW) {
                return;
            }
            String token = Secrets.random(TOKEN_PREFIX);
            resets.insert(
                    user.id(),
                    Secrets.sha256(token),
                    now,
                    now.plus(properties.account().passwordResetValidity()));
            audit.record("account.password.reset-requested", user.id().value(), null, Map.of());
            Mail mail = mail(user, token);
            // Mail only once the link is stored for good.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    mailer.send(mail);
                }
            });
        });
    }

    /** Whether the link still works: unknown, used and expired links show an error before the form. */
    @Transactional(readOnly = true)
    boolean isUsable(String token) {
        return resets.findUsable(Secrets.sha256(token), clock.instant()).isPresent();
    }

    /** @throws InvalidResetLinkException if the link is unknown, used or expired */
    @Transactional
    void reset(String token, String newPassword) {
        Instant now = clock.instant();
        UserId user = resets.findUsable(Secrets.sha256(token), now).orElseThrow(InvalidResetLinkException::new);
        users.updatePassword(user, passwords.encode(newPassword));
        resets.useAll(user, now);
        audit.record("account.password.reset", user.value(), null, Map.of());
    }

    private Mail mail(AccountUser user, String token) {
        Locale locale = user.language().locale();
        String link = UriComponentsBuilder.fromUriString(properties.siteUrl() + "/password/reset")
                .queryParam("token", token)
                .build()
                .toUriString();
        long minutes = properties.account().passwordResetValidity().toMinutes();
        String subject = messages.getMessage("mail.password-reset.subject", null, locale);
        String body = messages.getMessage(
                "mail.password-reset.body", new Object[] {user.displayName(), link, minutes}, locale);
        return new Mail(user.email(), subject, body);
    }
}
