package org.ketnoi.notification;

import java.time.Clock;
import java.util.Locale;
import org.ketnoi.account.AccountService;
import org.ketnoi.account.AccountUser;
import org.ketnoi.account.Mail;
import org.ketnoi.account.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails each new notice once, in the recipient's language. Runs after the notice's transaction
 * committed, from the event publication registry: if the mail server fails (or the process dies
 * first) the publication stays incomplete and is resubmitted on restart. The notice's {@code mailed_at}
 * is claimed in the same transaction as the send, so a resubmitted publication whose mail went out
 * and was committed sends nothing.
 */
@Component
class NoticeMailer {

    private final NoticeRepository notices;
    private final Notices service;
    private final AccountService accounts;
    private final Mailer mailer;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;

    NoticeMailer(
            NoticeRepository notices,
            Notices service,
            AccountService accounts,
            Mailer mailer,
            MessageSource messages,
            Clock clock,
            @Value("${ketnoi.base-url}") String baseUrl) {
        this.notices = notices;
        this.service = service;
        this.accounts = accounts;
        this.mailer = mailer;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(NoticeCreated created) {
        NoticeRepository.Stored notice = notices.find(created.notice()).orElse(null);
        if (notice == null || !notices.claimMail(notice.id(), clock.instant())) {
            return;
        }
        AccountUser recipient = accounts.find(notice.recipient()).orElse(null);
        if (recipient == null || !recipient.isEnabled()) {
            return;
        }
        Locale locale = recipient.language().locale();
        String text = service.text(notice, recipient.language());
        String subject = messages.getMessage("notice.mail.subject", new Object[] {text}, locale);
        Object[] arguments = {recipient.displayName(), text, baseUrl + notice.link()};
        // A module may word the mail's link line itself: notice.mail.body.<module>, e.g. for schedules.
        String module = notice.kind().substring(0, Math.max(0, notice.kind().indexOf('.')));
        String body;
        try {
            body = messages.getMessage("notice.mail.body." + module, arguments, locale);
        } catch (NoSuchMessageException e) {
            body = messages.getMessage("notice.mail.body", arguments, locale);
        }
        mailer.deliver(new Mail(recipient.email(), subject, body));
    }
}
