package org.ketnoi.organization;

import org.ketnoi.i18n.LocalizedText;

/**
 * An organising agency.
 *
 * @param country ISO 3166 alpha-2 code, e.g. {@code VN}, {@code CN}
 */
public record Agency(AgencyId id, LocalizedText name, AgencyKind kind, String country, String city) {}
