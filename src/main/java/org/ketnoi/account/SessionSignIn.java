package org.ketnoi.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Puts a user into the web session outside the sign-in form (right after sign-up), and replaces the
 * principal kept in the session when the user's own data changes (their language), because the
 * session holds a copy taken at sign-in. Public for other modules' sign-up flows (a company claim
 * that creates the account).
 */
@Component
public class SessionSignIn {

    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    /** Signs the user in under a new session id, so an id planted before sign-in is worthless. */
    public void signIn(AccountUser user, HttpServletRequest request, HttpServletResponse response) {
        request.getSession(true);
        request.changeSessionId();
        repository.saveContext(put(user), request, response);
    }

    /** Replaces the signed-in principal with a fresher copy of the same user, if that user is signed in. */
    void refresh(AccountUser user) {
        Authentication current = contexts.getContext().getAuthentication();
        if (current == null
                || !(current.getPrincipal() instanceof AccountUser signedIn)
                || !signedIn.id().equals(user.id())) {
            return;
        }
        SecurityContext context = put(user);
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getResponse() != null
                && attributes.getRequest().getSession(false) != null) {
            repository.saveContext(context, attributes.getRequest(), attributes.getResponse());
        }
    }

    private SecurityContext put(AccountUser user) {
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        contexts.setContext(context);
        return context;
    }
}
