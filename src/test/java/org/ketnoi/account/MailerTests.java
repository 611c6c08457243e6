package org.ketnoi.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSender;

@ExtendWith(OutputCaptureExtension.class)
class MailerTests {

    @Test
    void send_withoutMailHost_writesTheWholeMailToTheLog(CapturedOutput output) {
        Mailer mailer = new Mailer(
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                new AccountProperties(
                        "http://localhost",
                        new AccountProperties.Mail("from@test.example"),
                        new AccountProperties.Account(
                                5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofHours(1))));

        mailer.send(new Mail("lan@test.example", "Kết Nối: đặt mật khẩu mới", "Xin chào Lan,\n\nhttp://x/y"));

        assertThat(output.getOut())
                .contains("To: lan@test.example\nSubject: Kết Nối: đặt mật khẩu mới\n\nXin chào Lan,\n\nhttp://x/y");
    }
}
