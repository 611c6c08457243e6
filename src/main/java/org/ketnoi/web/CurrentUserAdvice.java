package org.ketnoi.web;

import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in user's display name for the header, whatever kind of principal it is. */
@ControllerAdvice
class CurrentUserAdvice {

    @ModelAttribute("currentUserName")
    @Nullable
    String currentUserName() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getPrincipal() instanceof AccountUser user
                ? user.displayName()
                : authentication.getName();
    }
}
