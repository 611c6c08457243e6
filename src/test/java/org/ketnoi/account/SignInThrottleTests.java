package org.ketnoi.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.ketnoi.support.MovableClock;

class SignInThrottleTests {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T08:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(
            new AccountProperties(
                    "http://localhost",
                    new AccountProperties.Mail("from@test.example"),
                    new AccountProperties.Account(
                            5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofHours(1))),
            clock);

    @Test
    void lock_liftsAfterTheLockout() {
        fail(5, "a@test.example", "1.1.1.1");
        assertThat(throttle.isLocked("A@test.example", "2.2.2.2")).isTrue();

        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.isLocked("a@test.example", "2.2.2.2")).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.isLocked("a@test.example", "2.2.2.2")).isFalse();
    }

    @Test
    void failures_olderThanTheWindow_doNotCount() {
        fail(4, "b@test.example", "1.1.1.1");
        clock.advance(Duration.ofMinutes(16));
        fail(1, "b@test.example", "1.1.1.1");

        assertThat(throttle.isLocked("b@test.example", null)).isFalse();
    }

    @Test
    void success_forgetsTheEmailsFailures() {
        fail(4, "c@test.example", "1.1.1.1");
        throttle.succeeded("c@test.example");
        fail(4, "c@test.example", "1.1.1.1");

        assertThat(throttle.isLocked("c@test.example", null)).isFalse();
    }

    @Test
    void address_isLockedAfterTwentyFailures() {
        for (int i = 0; i < 19; i++) {
            throttle.failed("user" + i + "@test.example", "3.3.3.3");
        }
        assertThat(throttle.isLocked("other@test.example", "3.3.3.3")).isFalse();
        throttle.failed("user19@test.example", "3.3.3.3");

        assertThat(throttle.isLocked("other@test.example", "3.3.3.3")).isTrue();
        assertThat(throttle.isLocked("other@test.example", "4.4.4.4")).isFalse();
    }

    private void fail(int times, String email, String address) {
        for (int i = 0; i < times; i++) {
            throttle.failed(email, address);
        }
    }
}
