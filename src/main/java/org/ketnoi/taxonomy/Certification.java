package org.ketnoi.taxonomy;

import java.util.Locale;
import java.util.Optional;

/**
 * Certificates and registrations buyers in Vietnam–China trade ask for. Names and a one-line
 * explanation are message keys: {@code taxonomy.certification.<code>.name} and {@code .help}.
 */
public enum Certification {
    OCOP_3,
    OCOP_4,
    OCOP_5,
    VIETGAP,
    GLOBALGAP,
    HACCP,
    ISO_22000,
    FSSC_22000,
    ISO_9001,
    ORGANIC_VN,
    ORGANIC_EU,
    ORGANIC_USDA,
    ORGANIC_CN,
    HALAL,
    GACC_REGISTRATION,
    PLANT_QUARANTINE_CODE,
    RAINFOREST_ALLIANCE,
    FAIRTRADE;

    /** The lower-case code used in message keys. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String nameKey() {
        return "taxonomy.certification." + code() + ".name";
    }

    public String helpKey() {
        return "taxonomy.certification." + code() + ".help";
    }

    /** Reads {@code OCOP_4} or {@code ocop_4}; anything else gives an empty result. */
    public static Optional<Certification> fromCode(String code) {
        try {
            return Optional.of(valueOf(code.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
