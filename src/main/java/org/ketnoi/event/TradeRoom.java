package org.ketnoi.event;

import org.ketnoi.i18n.LocalizedText;

/**
 * A room at a connection point where companies of one sector meet.
 *
 * @param id 0 until stored
 * @param tables how many meetings can run in the room at once
 */
public record TradeRoom(long id, LocalizedText name, String sector, int tables) {}
