package org.ketnoi.account;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A personal API token as its owner sees it: never the secret, only its first characters. */
record ApiToken(
        long id,
        String name,
        String prefix,
        Instant createdAt,
        @Nullable Instant lastUsedAt) {}
