package org.ketnoi.taxonomy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The default sectors, read from {@code taxonomy/sectors.csv} (code and space-separated HS codes). */
public final class SectorCatalog {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final List<Sector> defaults;

    SectorCatalog(List<Sector> defaults) {
        this.defaults = List.copyOf(defaults);
    }

    static SectorCatalog load() {
        List<Sector> sectors = CsvTable.read("taxonomy/sectors.csv").rows().stream()
                .map(row -> new Sector(row.get("code"), codes(row.get("hs_codes"))))
                .toList();
        return new SectorCatalog(sectors);
    }

    private static List<HsCode> codes(String text) {
        return Arrays.stream(SPACES.split(text.strip()))
                .filter(code -> !code.isEmpty())
                .map(HsCode::of)
                .toList();
    }

    /** The default sectors in the order organisers usually present them. */
    public List<Sector> defaults() {
        return defaults;
    }

    public Optional<Sector> find(String code) {
        return defaults.stream().filter(sector -> sector.code().equals(code)).findFirst();
    }

    /** The default sectors that cover an HS code. */
    public List<Sector> sectorsOf(HsCode code) {
        return defaults.stream().filter(sector -> sector.covers(code)).toList();
    }
}
