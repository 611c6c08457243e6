package org.ketnoi.organization;

import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Country names in the reader's language for templates ({@code ${@countries.name('CN')}}). */
@Component("countries")
public class Countries {

    /** The countries offered in forms: the region first, then the usual partners. */
    public static final List<String> CHOICES = List.of(
            "VN", "CN", "HK", "MO", "TW", "LA", "KH", "TH", "MY", "SG", "ID", "PH", "MM", "KR", "JP", "IN", "AU", "US",
            "DE", "FR", "GB", "RU");

    public String name(String code) {
        return Locale.of("", code).getDisplayCountry(LocaleContextHolder.getLocale());
    }

    public List<String> choices() {
        return CHOICES;
    }
}
