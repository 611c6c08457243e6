package org.ketnoi.meeting;

/** What {@link MeetingRequests#proposeByOrganiser} did: pairs proposed, and pairs skipped. */
public record ProposalOutcome(int proposed, int skipped) {}
