package org.ketnoi.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends mail over SMTP when {@code spring.mail.host} is set (Spring Boot then provides a
 * {@link JavaMailSender}); otherwise writes the whole mail to the log, so a developer finds reset
 * links there without a mail server.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final AccountProperties properties;

    Mailer(ObjectProvider<JavaMailSender> sender, AccountProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    /** Sends or logs the mail. A failing mail server is logged, not thrown: callers never reveal it. */
    public void send(Mail mail) {
        try {
            deliver(mail);
        } catch (MailException e) {
            log.error("Could not send mail '{}' to {}", mail.subject(), mail.to(), e);
        }
    }

    /**
     * Sends or logs the mail like {@link #send(Mail)}, but lets a failing mail server's exception
     * through, for callers that try again later (the notices' outbox).
     *
     * @throws MailException when the mail server does not take the mail
     */
    public void deliver(Mail mail) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            log.info(
                    "Mail (no spring.mail.host set, so not sent)\nTo: {}\nSubject: {}\n\n{}",
                    mail.to(),
                    mail.subject(),
                    mail.body());
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mail().from());
        message.setTo(mail.to());
        message.setSubject(mail.subject());
        message.setText(mail.body());
        smtp.send(message);
    }
}
