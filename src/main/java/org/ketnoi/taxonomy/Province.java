package org.ketnoi.taxonomy;

import org.ketnoi.i18n.LocalizedText;

/**
 * A province-level unit: one of Vietnam's 34 provinces and centrally-run cities since the 2025 merger,
 * or one of China's 34 provincial-level divisions.
 *
 * @param code the national statistics code, unique within the country: Vietnam's GSO code ({@code 01}
 *     Hà Nội), China's GB/T 2260 code ({@code 44} Guangdong)
 * @param name the short name ({@code Lâm Đồng}, {@code 广东})
 * @param fullName the name with its unit type ({@code Tỉnh Lâm Đồng}, {@code 广东省})
 */
public record Province(Country country, String code, LocalizedText name, LocalizedText fullName) {}
