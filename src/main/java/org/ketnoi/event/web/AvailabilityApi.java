package org.ketnoi.event.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.event.AvailabilityService;
import org.ketnoi.event.EventId;
import org.ketnoi.event.ParticipantAvailability;
import org.ketnoi.event.ParticipationId;
import org.ketnoi.shared.ForbiddenException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Availability", description = "The slots a participant cannot meet in")
class AvailabilityApi {

    /**
     * A participant's unavailable slots, named by their starts (ISO-8601 with the offset of the
     * participant's connection point).
     */
    record Availability(long participant, String zone, boolean editable, List<String> unavailable) {}

    /** The new set of unavailable slot starts; instants with any offset. */
    record AvailabilityChange(@Nullable List<String> unavailable) {}

    private final AvailabilityService availability;

    AvailabilityApi(AvailabilityService availability) {
        this.availability = availability;
    }

    @GetMapping("/api/v1/events/{eventId}/participants/{participantId}/availability")
    @Operation(summary = "A participant's unavailable slots; for members of its company and the event's organisers")
    Availability get(
            @PathVariable long eventId,
            @PathVariable long participantId,
            @AuthenticationPrincipal @Nullable AccountUser user) {
        return view(availability.of(new EventId(eventId), new ParticipationId(participantId), signedIn(user)));
    }

    @PutMapping("/api/v1/events/{eventId}/participants/{participantId}/availability")
    @Operation(
            summary = "Replace a participant's unavailable slots (approved participants only); every start must be"
                    + " a slot of the event")
    Availability replace(
            @PathVariable long eventId,
            @PathVariable long participantId,
            @RequestBody AvailabilityChange change,
            @AuthenticationPrincipal @Nullable AccountUser user) {
        EventId event = new EventId(eventId);
        ParticipationId participant = new ParticipationId(participantId);
        AccountUser actor = signedIn(user);
        availability.replace(event, participant, SlotGrid.parse(change.unavailable()), actor);
        return view(availability.of(event, participant, actor));
    }

    private static Availability view(ParticipantAvailability shown) {
        return new Availability(
                shown.participation().id().value(),
                shown.zone().getId(),
                shown.editable(),
                SlotGrid.written(shown.unavailable(), shown.zone()));
    }

    static AccountUser signedIn(@Nullable AccountUser user) {
        if (user == null) {
            throw new ForbiddenException("api.problem.forbidden");
        }
        return user;
    }
}
