package org.ketnoi.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per e-mail and per IP address and refuses further attempts for a while once
 * a limit is reached, even with the right password, so passwords cannot be guessed at speed.
 *
 * <p>The counts live in memory, per application instance: behind a load balancer with several
 * instances each one counts on its own, and a restart forgets them. That is enough against simple
 * guessing; a shared store would be the next step.
 */
@Component
class SignInThrottle {

    /** Beyond this many tracked keys, stale ones are dropped so the map cannot grow without end. */
    private static final int PRUNE_ABOVE = 10_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final AccountProperties.Account limits;
    private final Clock clock;

    SignInThrottle(AccountProperties properties, Clock clock) {
        this.limits = properties.account();
        this.clock = clock;
    }

    boolean isLocked(String email, @Nullable String address) {
        Instant now = clock.instant();
        return isLocked(emailKey(email), now) || (address != null && isLocked(addressKey(address), now));
    }

    void failed(String email, @Nullable String address) {
        Instant now = clock.instant();
        count(emailKey(email), limits.maxFailuresPerEmail(), now);
        if (address != null) {
            count(addressKey(address), limits.maxFailuresPerAddress(), now);
        }
        if (failures.size() > PRUNE_ABOVE) {
            failures.values().removeIf(f -> f.isStale(now, limits));
        }
    }

    /** A successful sign-in forgets the e-mail's failures; the address keeps its count. */
    void succeeded(String email) {
        failures.remove(emailKey(email));
    }

    private boolean isLocked(String key, Instant now) {
        Failures entry = failures.get(key);
        return entry != null && entry.isLocked(now);
    }

    private void count(String key, int limit, Instant now) {
        failures.computeIfAbsent(key, k -> new Failures()).add(now, limit, limits);
    }

    private static String emailKey(String email) {
        return "email:" + email.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    /** Failure times within the window, and the end of the lockout once the limit was reached. */
    private static final class Failures {

        private final Deque<Instant> times = new ArrayDeque<>();
        private @Nullable Instant lockedUntil;

        synchronized void add(Instant now, int limit, AccountProperties.Account limits) {
            Instant windowStart = now.minus(limits.failureWindow());
            while (!times.isEmpty() && times.peekFirst().isBefore(windowStart)) {
                times.removeFirst();
            }
            times.addLast(now);
            if (times.size() >= limit) {
                lockedUntil = now.plus(limits.lockout());
                times.clear();
            }
        }

        synchronized boolean isLocked(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }

        synchronized boolean isStale(Instant now, AccountProperties.Account limits) {
            Duration keep =
                    limits.failureWindow().compareTo(limits.lockout()) > 0 ? limits.failureWindow() : limits.lockout();
            Instant last = times.isEmpty() ? lockedUntil : times.peekLast();
            return last == null || last.plus(keep).isBefore(now);
        }
    }
}
