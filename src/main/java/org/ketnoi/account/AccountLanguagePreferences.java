package org.ketnoi.account;

import java.util.Optional;
import org.ketnoi.i18n.Language;
import org.ketnoi.i18n.LanguagePreferences;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in user's language: read from the principal, written to the database (and the principal
 * in the session) on an explicit choice.
 */
@Component
class AccountLanguagePreferences implements LanguagePreferences {

    private final AccountService accounts;
    private final SessionSignIn sessions;

    AccountLanguagePreferences(AccountService accounts, SessionSignIn sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @Override
    public Optional<Language> ofCurrentUser() {
        return currentUser().map(AccountUser::language);
    }

    @Override
    public void rememberForCurrentUser(Language language) {
        currentUser().ifPresent(user -> {
            accounts.changeLanguage(user.id(), language);
            // The session's principal was copied at sign-in; without this it would keep the old language.
            sessions.refresh(user.withLanguage(language));
        });
    }

    private static Optional<AccountUser> currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AccountUser user
                ? Optional.of(user)
                : Optional.empty();
    }
}
