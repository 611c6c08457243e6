/**
 * The three languages of the platform (Vietnamese first, then Simplified Chinese and English): the
 * {@link org.ketnoi.i18n.Language} enum, the {@link org.ketnoi.i18n.LocalizedText} value type for text
 * users write in any of them, locale resolution for requests, and locale-aware formatting of dates,
 * numbers and money.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.ketnoi.i18n;

import org.jspecify.annotations.NullMarked;
