package org.ketnoi.event;

/** Why a company comes to an event. */
public enum ParticipantRole {
    SELLER,
    BUYER,
    INVESTOR,
    EXHIBITOR
}
