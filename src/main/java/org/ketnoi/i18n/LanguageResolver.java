package org.ketnoi.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Picks the reader's language: an explicit choice ({@code ?lang=}, kept in a cookie), then the
 * signed-in user's preference, then the browser's Accept-Language, then Vietnamese.
 */
class LanguageResolver implements LocaleResolver {

    static final String COOKIE = "ketnoi-lang";
    private static final String ATTRIBUTE = LanguageResolver.class.getName() + ".language";

    private final ObjectProvider<LanguagePreferences> preferences;

    LanguageResolver(ObjectProvider<LanguagePreferences> preferences) {
        this.preferences = preferences;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return resolve(request).locale();
    }

    Language resolve(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof Language chosen) {
            return chosen;
        }
        Language language = fromCookie(request)
                .or(() -> preferences.stream().findFirst().flatMap(LanguagePreferences::ofCurrentUser))
                .or(() -> fromAcceptLanguage(request))
                .orElse(Language.DEFAULT);
        request.setAttribute(ATTRIBUTE, language);
        return language;
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
        Language language = locale == null ? Language.DEFAULT : Language.of(locale);
        request.setAttribute(ATTRIBUTE, language);
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, language.tag());
            cookie.setPath("/");
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        preferences.stream().findFirst().ifPresent(p -> p.rememberForCurrentUser(language));
    }

    private static Optional<Language> fromCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return Language.fromTag(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private static Optional<Language> fromAcceptLanguage(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Optional.empty();
        }
        Enumeration<Locale> locales = request.getLocales();
        while (locales.hasMoreElements()) {
            Optional<Language> language = Language.fromTag(locales.nextElement().toLanguageTag());
            if (language.isPresent()) {
                return language;
            }
        }
        return Optional.empty();
    }
}
