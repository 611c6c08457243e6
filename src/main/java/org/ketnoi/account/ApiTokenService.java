package org.ketnoi.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketnoi.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal API tokens: created from the account page or with e-mail and password, used as bearer tokens. */
@Service
class ApiTokenService {

    static final String SECRET_PREFIX = "kn_";
    /** How many characters of the secret the list shows, so a user can tell tokens apart. */
    private static final int SHOWN_CHARACTERS = 10;

    private final ApiTokenRepository tokens;
    private final UserRepository users;
    private final AuditLog audit;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, UserRepository users, AuditLog audit, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    CreatedApiToken create(UserId owner, String name) {
        String secret = Secrets.random(SECRET_PREFIX);
        String prefix = secret.substring(0, SHOWN_CHARACTERS);
        Instant now = clock.instant();
        long id = tokens.insert(owner, name.strip(), Secrets.sha256(secret), prefix, now);
        audit.record("account.token.created", owner.value(), null, Map.of("tokenId", id, "prefix", prefix));
        return new CreatedApiToken(new ApiToken(id, name.strip(), prefix, now, null), secret);
    }

    @Transactional(readOnly = true)
    List<ApiToken> list(UserId owner) {
        return tokens.active(owner);
    }

    /** @throws ApiTokenNotFoundException if the user has no active token with that id */
    @Transactional
    void revoke(UserId owner, long id) {
        ApiToken token = tokens.findActive(owner, id).orElseThrow(() -> new ApiTokenNotFoundException(id));
        tokens.revoke(owner, id, clock.instant());
        audit.record("account.token.revoked", owner.value(), null, Map.of("tokenId", id, "prefix", token.prefix()));
    }

    /**
     * The enabled user owning an active token with this secret. Marks the token as used; that is
     * bookkeeping, not an action of the user, so it is not audited (it would flood the log).
     */
    @Transactional
    Optional<AccountUser> authenticate(String secret) {
        if (!secret.startsWith(SECRET_PREFIX)) {
            return Optional.empty();
        }
        return tokens.findOwner(Secrets.sha256(secret))
                .flatMap(owner -> users.findById(owner.userId())
                        .filter(AccountUser::isEnabled)
                        .map(user -> {
                            tokens.touch(owner.tokenId(), clock.instant());
                            return user.withoutPassword();
                        }));
    }
}
