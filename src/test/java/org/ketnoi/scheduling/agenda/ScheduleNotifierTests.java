package org.ketnoi.scheduling.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ketnoi.i18n.Language;
import org.ketnoi.notification.Notice;
import org.ketnoi.notification.Notices;
import org.ketnoi.scheduling.SchedulePublished;
import org.ketnoi.scheduling.agenda.AgendaFixtures.Scene;
import org.ketnoi.scheduling.agenda.AgendaFixtures.Side;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Schedule notices over real SMTP (GreenMail on a free port). The publication is published inside a
 * transaction, as the scheduling write side does when it publishes a version; mail goes through the
 * event publication registry, so an SMTP server that is down leaves it incomplete, and resubmitting
 * it sends the mail once.
 */
@IntegrationTest
class ScheduleNotifierTests {

    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension mail = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    AgendaFixtures fixtures;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Notices notices;

    @Autowired
    IncompleteEventPublications incomplete;

    @Test
    void firstPublicationThenChange_notifiesTheChangedParticipantsInTheirLanguage() throws Exception {
        Scene scene = fixtures.scene();
        String link = "http://localhost:8080/events/" + scene.event().id().value() + "/agenda?participant=";

        publish(new SchedulePublished(
                scene.event().id(),
                1,
                null,
                Set.of(
                        scene.hanoi().id(),
                        scene.hangzhou().id(),
                        scene.traveller().id())));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> mailTo(scene.hangzhou()).size() == 1
                        && mailTo(scene.hanoi()).size() == 1
                        && mailTo(scene.traveller()).size() == 1);
        String zhTitle = scene.event().event().title().zh();
        String viTitle = scene.event().event().title().vi();
        MimeMessage chinese = mailTo(scene.hangzhou()).getFirst();
        assertThat(chinese.getSubject()).isEqualTo("Kết Nối：" + zhTitle + "的会谈日程已发布，请查看您的会谈。");
        assertThat(GreenMailUtil.getBody(chinese)).isNotBlank();
        assertThat(text(chinese))
                .contains("查看会谈日程：" + link + scene.hangzhou().id().value());
        MimeMessage vietnamese = mailTo(scene.hanoi()).getFirst();
        assertThat(vietnamese.getSubject())
                .isEqualTo("Kết Nối: Lịch gặp tại " + viTitle + " đã được công bố. Xem các cuộc gặp của anh/chị.");
        assertThat(text(vietnamese))
                .contains("Xem lịch gặp: " + link + scene.hanoi().id().value());
        assertThat(notices.recent(scene.hangzhou().user().id(), Language.ZH, 5))
                .extracting(Notice::text)
                .containsExactly(zhTitle + "的会谈日程已发布，请查看您的会谈。");

        publish(new SchedulePublished(
                scene.event().id(), 2, 1, Set.of(scene.hangzhou().id())));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> mailTo(scene.hangzhou()).size() == 2);
        assertThat(mailTo(scene.hangzhou()).get(1).getSubject())
                .isEqualTo("Kết Nối：" + zhTitle + "的会谈日程已更改，请重新查看您的会谈。");
        assertThat(notices.recent(scene.hanoi().user().id(), Language.VI, 5)).hasSize(1);
        assertThat(mailTo(scene.hanoi())).hasSize(1);
        assertThat(mailTo(scene.traveller())).hasSize(1);
    }

    @Test
    void mailDueWhileSmtpIsDown_staysIncompleteAndIsSentExactlyOnceOnResubmission() throws Exception {
        Scene scene = fixtures.scene();
        SchedulePublished published = new SchedulePublished(
                scene.event().id(), 1, null, Set.of(scene.hangzhou().id()));
        mail.stop();

        publish(published);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> !notices.recent(scene.hangzhou().user().id(), Language.ZH, 5)
                        .isEmpty());
        long notice = notices.recent(scene.hangzhou().user().id(), Language.ZH, 5)
                .getFirst()
                .id();
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        pendingMail(notice).stream().anyMatch(p -> p.getStatus() == EventPublication.Status.FAILED));

        mail.start();
        assertThat(mailTo(scene.hangzhou())).isEmpty();
        incomplete.resubmitIncompletePublications(p -> isMailOf(p, notice));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> mailTo(scene.hangzhou()).size() == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> pendingMail(notice).isEmpty());

        // The same publication delivered again (a crash before it was marked complete) and another
        // resubmission write no second notice and send no second mail.
        publish(published);
        incomplete.resubmitIncompletePublications(p -> isMailOf(p, notice));
        Thread.sleep(1_000);
        assertThat(mailTo(scene.hangzhou())).hasSize(1);
        assertThat(notices.recent(scene.hangzhou().user().id(), Language.ZH, 5)).hasSize(1);
        assertThat(mailTo(scene.hanoi())).isEmpty();
    }

    private void publish(SchedulePublished published) {
        transactions.executeWithoutResult(status -> events.publishEvent(published));
    }

    private static List<MimeMessage> mailTo(Side side) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().equals(side.user().email()));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static String text(MimeMessage message) throws IOException, MessagingException {
        Object content = message.getContent();
        return content instanceof String s ? s : GreenMailUtil.getBody(message);
    }

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
        return publication.getEvent() instanceof org.ketnoi.notification.NoticeCreated created
                && created.notice() == notice;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
