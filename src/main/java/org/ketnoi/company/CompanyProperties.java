package org.ketnoi.company;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The company module's knobs (see docs/companies.md).
 *
 * @param invitationValidity how long a link to claim a company works
 */
@Validated
@ConfigurationProperties("ketnoi.company")
public record CompanyProperties(@DefaultValue("7d") @NotNull Duration invitationValidity) {}
