package org.ketnoi.i18n;

import java.util.Optional;

/**
 * Where a signed-in user's preferred language is kept. The account module implements it; locale
 * resolution asks it after the explicit choice ({@code ?lang=} or the cookie) and before the
 * browser's Accept-Language.
 */
public interface LanguagePreferences {

    /** The preference of the user signed in on the current request, if any. */
    Optional<Language> ofCurrentUser();

    /** Stores an explicit choice of the user signed in on the current request, if any. */
    void rememberForCurrentUser(Language language);
}
