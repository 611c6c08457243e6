package org.ketnoi.account;

import java.util.Optional;
import org.ketnoi.i18n.Language;
import org.ketnoi.i18n.LanguagePreferences;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user's language: read from the principal, written to the database on an explicit choice. */
@Component
class AccountLanguagePreferences implements LanguagePreferences {

    private final AccountService accounts;

    AccountLanguagePreferences(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<Language> ofCurrentUser() {
        return currentUser().map(AccountUser::language);
    }

    @Override
    public void rememberForCurrentUser(Language language) {
        currentUser().ifPresent(user -> accounts.changeLanguage(user.id(), language));
    }

    private static Optional<AccountUser> currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AccountUser user
                ? Optional.of(user)
                : Optional.empty();
    }
}
