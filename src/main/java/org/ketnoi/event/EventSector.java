package org.ketnoi.event;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.taxonomy.HsCode;
import org.ketnoi.taxonomy.Sector;

/**
 * A sector as one event uses it: a default sector of the taxonomy, perhaps renamed for the event,
 * or a sector the event's organisers defined themselves.
 *
 * @param code the taxonomy code, or {@code custom-N} for the event's own sectors
 * @param name the event's name for it; {@code null} for a default sector that keeps its taxonomy name
 * @param hsCodes the HS chapters and headings it covers (custom sectors: the chapters organisers chose)
 * @param custom whether the organisers defined it (and may remove it)
 */
public record EventSector(String code, @Nullable LocalizedText name, List<HsCode> hsCodes, boolean custom) {

    public EventSector {
        hsCodes = List.copyOf(hsCodes);
    }

    /** The key of the taxonomy name, used when {@link #name()} is {@code null}. */
    public String messageKey() {
        return "taxonomy.sector." + code;
    }

    public boolean renamed() {
        return !custom && name != null;
    }

    /** The HS chapters as people write them, space-separated ("09 21"). */
    public String chapters() {
        return String.join(" ", hsCodes.stream().map(HsCode::digits).toList());
    }

    Sector asSector() {
        return new Sector(code, hsCodes);
    }
}
