package org.ketnoi.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The account module's knobs; docs/accounts.md describes each one.
 *
 * @param baseUrl where users reach the site, used for links in mail (no trailing slash needed)
 * @param mail the sender of mail
 * @param account sign-in throttling and password reset
 */
@ConfigurationProperties("ketnoi")
@Validated
record AccountProperties(
        @DefaultValue("http://localhost:8080") @NotBlank String baseUrl,
        @DefaultValue @Valid Mail mail,
        @DefaultValue @Valid Account account) {

    /** @param from the From address of every mail */
    record Mail(
            @DefaultValue("no-reply@ketnoi.example") @NotBlank
            String from) {}

    /**
     * @param maxFailuresPerEmail failed sign-ins for one e-mail within the window before it is locked
     * @param maxFailuresPerAddress failed sign-ins from one IP address within the window before it is locked
     * @param failureWindow how far back failed sign-ins count
     * @param lockout how long sign-in stays refused once a limit is reached
     * @param passwordResetValidity how long a password reset link works
     */
    record Account(
            @DefaultValue("5") @Min(1) int maxFailuresPerEmail,
            @DefaultValue("20") @Min(1) int maxFailuresPerAddress,
            @DefaultValue("15m") Duration failureWindow,
            @DefaultValue("15m") Duration lockout,
            @DefaultValue("1h") Duration passwordResetValidity) {}

    /** The base URL without a trailing slash, so paths can be appended. */
    String siteUrl() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
