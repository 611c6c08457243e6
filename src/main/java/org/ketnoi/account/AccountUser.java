package org.ketnoi.account;

import java.util.Collection;
import java.util.List;
import org.ketnoi.i18n.Language;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user, as the security context holds it. */
public final class AccountUser implements UserDetails {

    private final UserId id;
    private final String email;
    private final String displayName;
    private final Role role;
    private final Language language;
    private final String passwordHash;
    private final boolean enabled;

    AccountUser(
            UserId id,
            String email,
            String displayName,
            Role role,
            Language language,
            String passwordHash,
            boolean enabled) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.role = role;
        this.language = language;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    public UserId id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public boolean is(Role other) {
        return role == other;
    }

    /** The language the user chose last; used for mail sent to them. */
    public Language language() {
        return language;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    AccountUser withLanguage(Language other) {
        return new AccountUser(id, email, displayName, role, other, passwordHash, enabled);
    }

    AccountUser withoutPassword() {
        return new AccountUser(id, email, displayName, role, language, "", enabled);
    }
}
