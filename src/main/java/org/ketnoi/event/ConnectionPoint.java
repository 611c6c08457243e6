package org.ketnoi.event;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ketnoi.i18n.LocalizedText;

/**
 * A place the event happens at (or an online-only point), with its own time zone: participants there
 * see every time of the event in that zone.
 *
 * @param id 0 until stored
 * @param country ISO 3166 alpha-2 code
 * @param timeZone an IANA time zone such as {@code Asia/Ho_Chi_Minh}
 */
public record ConnectionPoint(
        long id,
        LocalizedText name,
        String city,
        String country,
        @Nullable String address,
        ZoneId timeZone,
        ConnectionPointMode mode,
        List<TradeRoom> tradeRooms) {

    public ConnectionPoint {
        tradeRooms = List.copyOf(tradeRooms);
    }

    /** The same point with other trade rooms. */
    public ConnectionPoint withRooms(List<TradeRoom> rooms) {
        return new ConnectionPoint(id, name, city, country, address, timeZone, mode, rooms);
    }

    ConnectionPoint withRoom(TradeRoom room) {
        List<TradeRoom> rooms = new ArrayList<>(tradeRooms);
        rooms.add(room);
        return new ConnectionPoint(id, name, city, country, address, timeZone, mode, rooms);
    }

    ConnectionPoint withoutRoom(long roomId) {
        List<TradeRoom> rooms =
                tradeRooms.stream().filter(r -> r.id() != roomId).toList();
        return new ConnectionPoint(id, name, city, country, address, timeZone, mode, rooms);
    }
}
