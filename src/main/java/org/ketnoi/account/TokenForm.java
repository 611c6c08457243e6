package org.ketnoi.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new personal API token: only its name, which reminds the user where it is used. */
record TokenForm(@NotBlank @Size(max = 100) String name) {}
