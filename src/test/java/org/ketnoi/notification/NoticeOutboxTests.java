package org.ketnoi.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.ketnoi.account.AccountService;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.i18n.Language;
import org.ketnoi.meeting.MeetingFixtures;
import org.ketnoi.meeting.MeetingFixtures.Side;
import org.ketnoi.meeting.MeetingRequests;
import org.ketnoi.meeting.NewMeetingRequest;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * The notices' mail goes through the event publication registry. The mail server being down when
 * the mail is due stands in for the process dying between the commit and the send: the publication
 * stays incomplete, and resubmitting it (what a restart does) sends the mail exactly once.
 */
@IntegrationTest
class NoticeOutboxTests {

    /** An SMTP sender that records mail instead of sending it, and can be switched to fail. */
    static class RecordingMailSender extends JavaMailSenderImpl {

        final List<SimpleMailMessage> sent = Collections.synchronizedList(new ArrayList<>());
        final AtomicBoolean down = new AtomicBoolean();
        final AtomicInteger attempts = new AtomicInteger();

        @Override
        public void send(SimpleMailMessage... messages) {
            attempts.incrementAndGet();
            if (down.get()) {
                throw new MailSendException("mail server down");
            }
            sent.addAll(List.of(messages));
        }

        @Override
        public void send(SimpleMailMessage message) {
            send(new SimpleMailMessage[] {message});
        }

        List<SimpleMailMessage> to(String email) {
            synchronized (sent) {
                return sent.stream()
                        .filter(m -> m.getTo() != null && List.of(m.getTo()).contains(email))
                        .toList();
            }
        }
    }

    @TestConfiguration
    static class Smtp {
        @Bean
        RecordingMailSender recordingMailSender() {
            return new RecordingMailSender();
        }
    }

    @Autowired
    RecordingMailSender mail;

    @Autowired
    MeetingRequests meetings;

    @Autowired
    MeetingFixtures fixtures;

    @Autowired
    AccountService accounts;

    @Autowired
    Notices notices;

    @Autowired
    NoticeRepository repository;

    @Autowired
    NoticeMailer mailer;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    CompletedEventPublications completed;

    @Test
    void mailDueWhileTheServerIsDown_isSentOnceOnResubmissionAndNeverAgain() {
        var event = fixtures.event();
        Side seller = fixtures.side(event, ParticipantRole.SELLER);
        Side buyer = fixtures.side(event, ParticipantRole.BUYER);
        accounts.changeLanguage(buyer.user().id(), Language.ZH);
        mail.down.set(true);

        meetings.request(event.id(), new NewMeetingRequest(null, buyer.id(), null, List.of()), seller.user());

        await().atMost(Duration.ofSeconds(30)).until(() -> noticeOf(buyer) != null);
        long notice = noticeOf(buyer).id();
        await().atMost(Duration.ofSeconds(30)).until(() -> !pendingMail(notice).isEmpty());
        await().atMost(Duration.ofSeconds(30)).until(() -> mail.attempts.get() > 0);
        assertThat(mail.to(buyer.user().email())).isEmpty();

        mail.down.set(false);
        incomplete.resubmitIncompletePublications(p -> isMailOf(p, notice));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> mail.to(buyer.user().email()).size() == 1);
        SimpleMailMessage sent = mail.to(buyer.user().email()).getFirst();
        assertThat(sent.getSubject())
                .isEqualTo("Kết Nối：" + seller.name() + " 中文 希望在 "
                        + event.event().title().zh() + " 与您会谈。");
        assertThat(sent.getText())
                .contains("http://localhost:8080/events/" + event.id().value() + "/meetings");
        await().atMost(Duration.ofSeconds(30)).until(() -> pendingMail(notice).isEmpty());
        assertThat(completed.findAll()).anyMatch(p -> isMailOf(p, notice));

        // A second delivery of the same publication (the registry marks completion after the send, so
        // a crash in between repeats it) finds the mail claimed and sends nothing.
        mailer.on(new NoticeCreated(notice));
        incomplete.resubmitIncompletePublications(p -> isMailOf(p, notice));
        assertThat(mail.to(buyer.user().email())).hasSize(1);
        assertThat(mail.to(seller.user().email())).isEmpty();
    }

    @Test
    void send_withAKeyAlreadyWritten_writesNothing() {
        var event = fixtures.event();
        Side seller = fixtures.side(event, ParticipantRole.SELLER);
        NewNotice notice = new NewNotice(
                seller.user().id(),
                event.id(),
                "meeting.reminder",
                List.of(
                        org.ketnoi.i18n.LocalizedText.of(Language.VI, "A"),
                        event.event().title()),
                "/events/" + event.id().value() + "/meetings",
                "test:" + java.util.UUID.randomUUID());

        assertThat(notices.send(notice)).isTrue();
        assertThat(notices.send(notice)).isFalse();
        assertThat(notices.recent(seller.user().id(), Language.VI, 10))
                .extracting(Notice::text)
                .containsExactly("Nhắc nhở: đề nghị gặp với A tại "
                        + event.event().title().vi() + " đang chờ anh/chị trả lời.");
        assertThat(notices.unread(seller.user().id())).isEqualTo(1);
        notices.markAllRead(seller.user().id());
        assertThat(notices.unread(seller.user().id())).isZero();
    }

    private Notice noticeOf(Side side) {
        return notices.recent(side.user().id(), Language.ZH, 5).stream()
                .findFirst()
                .orElse(null);
    }

    /** The incomplete publications of this notice's mail, collected without resubmitting them. */
    private List<EventPublication> pendingMail(long notice) {
        List<EventPublication> found = new ArrayList<>();
        incomplete.resubmitIncompletePublications(p -> {
            if (isMailOf(p, notice)) {
                found.add(p);
            }
            return false;
        });
        return found;
    }

    private static boolean isMailOf(EventPublication publication, long notice) {
        return publication.getEvent() instanceof NoticeCreated created && created.notice() == notice;
    }
}
