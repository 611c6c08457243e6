package org.ketnoi.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record ForgotPasswordForm(@NotBlank @Email @Size(max = 254) String email) {}
