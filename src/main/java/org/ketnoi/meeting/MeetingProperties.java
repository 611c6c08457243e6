package org.ketnoi.meeting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The meeting module's knobs (see docs/meetings.md). The first three are defaults for events whose
 * organisers did not set their own limits.
 *
 * @param maxRequestsSent requests one participant may send in an event, whatever became of them
 * @param maxMeetings accepted meetings one participant may have in an event
 * @param validityDays how long a request waits for an answer before it expires
 * @param reminderAfter how long a request waits before the side that has not answered is reminded
 * @param sweepInterval how often reminders and expiry are checked
 */
@Validated
@ConfigurationProperties("ketnoi.meeting")
public record MeetingProperties(
        @DefaultValue("20") @Min(1) @Max(1000) int maxRequestsSent,
        @DefaultValue("12") @Min(1) @Max(200) int maxMeetings,
        @DefaultValue("7") @Min(1) @Max(90) int validityDays,
        @DefaultValue("2d") @NotNull Duration reminderAfter,
        @DefaultValue("15m") @NotNull Duration sweepInterval) {}
