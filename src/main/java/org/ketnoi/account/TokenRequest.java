package org.ketnoi.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** {@code POST /api/v1/auth/tokens}: credentials, and optionally a name for the new token. */
record TokenRequest(
        @NotBlank String email,
        @NotBlank String password,
        @Nullable @Size(max = 100) String name) {}
