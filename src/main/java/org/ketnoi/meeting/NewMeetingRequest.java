package org.ketnoi.meeting;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ketnoi.catalog.ListingId;
import org.ketnoi.event.ParticipationId;

/**
 * What a participant asks for.
 *
 * @param from the asking participation; may be null when the user's companies have only one in the event
 * @param to the participation asked
 * @param listings offers or needs of either company the meeting is about
 */
public record NewMeetingRequest(
        @Nullable ParticipationId from,
        ParticipationId to,
        @Nullable String message,
        List<ListingId> listings) {

    public NewMeetingRequest {
        listings = List.copyOf(listings);
    }
}
