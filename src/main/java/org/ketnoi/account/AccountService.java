package org.ketnoi.account;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.ketnoi.audit.AuditLog;
import org.ketnoi.i18n.Language;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating users and changing what they own: password, language. */
@Service
public class AccountService {

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final Clock clock;

    AccountService(UserRepository users, PasswordEncoder passwords, AuditLog audit, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates a user.
     *
     * @throws EmailAlreadyUsedException if a user with that e-mail exists (compared without case)
     */
    @Transactional
    public UserId create(NewUser user, @org.jspecify.annotations.Nullable UserId actor) {
        if (users.existsByEmail(user.email())) {
            throw new EmailAlreadyUsedException(user.email());
        }
        UserId id;
        try {
            id = users.insert(
                    user.email(),
                    passwords.encode(user.password()),
                    user.displayName(),
                    user.role(),
                    user.language(),
                    clock.instant());
        } catch (DuplicateKeyException e) {
            // Two sign-ups with the same e-mail at the same moment: the unique constraint decides.
            throw new EmailAlreadyUsedException(user.email());
        }
        audit.record(
                "account.user.created",
                actor == null ? id.value() : actor.value(),
                null,
                Map.of(
                        "userId",
                        id.value(),
                        "email",
                        UserRepository.normalise(user.email()),
                        "role",
                        user.role().name()));
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<AccountUser> find(UserId id) {
        return users.findById(id).map(AccountUser::withoutPassword);
    }

    @Transactional(readOnly = true)
    public Optional<AccountUser> findByEmail(String email) {
        return users.findByEmail(email).map(AccountUser::withoutPassword);
    }

    @Transactional
    public void changeLanguage(UserId id, Language language) {
        users.findById(id).filter(user -> user.language() != language).ifPresent(user -> {
            users.updateLanguage(id, language);
            audit.record("account.language.changed", id.value(), null, Map.of("language", language.tag()));
        });
    }

    /** Enables or disables sign-in for a user; a user that does not exist is left alone. */
    @Transactional
    public void setEnabled(String email, boolean enabled) {
        users.findByEmail(email).filter(user -> user.isEnabled() != enabled).ifPresent(user -> {
            users.updateEnabled(user.id(), enabled);
            audit.record(
                    enabled ? "account.user.enabled" : "account.user.disabled",
                    null,
                    null,
                    Map.of("userId", user.id().value()));
        });
    }

    /** Gives a user another platform role, e.g. makes a registered user an organiser of an agency. */
    @Transactional
    public void changeRole(UserId id, Role role, UserId actor) {
        AccountUser user = users.findById(id).orElseThrow(() -> new UserNotFoundException(id));
        if (user.role() != role) {
            users.updateRole(id, role);
            audit.record(
                    "account.role.changed",
                    actor.value(),
                    null,
                    Map.of("userId", id.value(), "from", user.role().name(), "to", role.name()));
        }
    }
}
