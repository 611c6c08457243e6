package org.ketnoi.company.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.account.SessionSignIn;
import org.ketnoi.company.ClaimInvitation;
import org.ketnoi.company.CompanyClaims;
import org.ketnoi.company.CompanyId;
import org.ketnoi.i18n.Language;
import org.ketnoi.shared.InvalidInputException;
import org.ketnoi.shared.TranslatableException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Claiming a company without members: organisers invite from the company's page, and the invitee
 * follows the mailed link to accept, signing in or creating an account with the invited e-mail.
 */
@Controller
class CompanyClaimController {

    private static final String VIEW = "company/claim";

    /** What the link's page offers the reader. */
    enum Step {
        /** Unknown, used, revoked or expired link, or the company has a member by now. */
        INVALID,
        /** Signed in with the invited e-mail: one button. */
        ACCEPT,
        /** Signed in as someone else. */
        OTHER_USER,
        /** Not signed in, the e-mail has an account. */
        SIGN_IN,
        /** Not signed in, no account with the e-mail yet. */
        SIGN_UP
    }

    private final CompanyClaims claims;
    private final CompanyPage page;
    private final SessionSignIn sessions;
    private final MessageSource messages;

    CompanyClaimController(CompanyClaims claims, CompanyPage page, SessionSignIn sessions, MessageSource messages) {
        this.claims = claims;
        this.page = page;
        this.sessions = sessions;
        this.messages = messages;
    }

    @ModelAttribute("languages")
    List<Language> languages() {
        return List.of(Language.values());
    }

    @PostMapping("/companies/{id}/invitations")
    String invite(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String language,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        CompanyId company = new CompanyId(id);
        try {
            claims.invite(company, email, Language.fromTag(language).orElse(Language.DEFAULT), user);
            return "redirect:/companies/" + id + "?invited#claim-invite";
        } catch (InvalidInputException e) {
            model.addAttribute("inviteError", text(e));
            model.addAttribute("inviteEmail", email);
            return page.profile(model, company, user);
        }
    }

    @GetMapping("/companies/claim")
    String show(
            @RequestParam(defaultValue = "") String token,
            @AuthenticationPrincipal @Nullable AccountUser user,
            Model model) {
        return page(token, user, model, null);
    }

    /** Reached through the sign-in page, which brings the user back here once signed in. */
    @GetMapping("/companies/claim/continue")
    String signedIn(@RequestParam(defaultValue = "") String token) {
        return "redirect:" + link(token);
    }

    @PostMapping("/companies/claim")
    String accept(
            @RequestParam(defaultValue = "") String token,
            @AuthenticationPrincipal @Nullable AccountUser user,
            Model model) {
        if (user == null) {
            return "redirect:" + link(token);
        }
        try {
            CompanyId company = claims.accept(token, user);
            return "redirect:/companies/" + company.value() + "?claimed";
        } catch (TranslatableException e) {
            return page(token, user, model, text(e));
        }
    }

    @PostMapping("/companies/claim/signup")
    String signUp(
            @Valid @ModelAttribute("form") ClaimSignUpForm form,
            BindingResult errors,
            @AuthenticationPrincipal @Nullable AccountUser user,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (user != null) {
            return "redirect:" + link(form.token());
        }
        if (!errors.hasFieldErrors("password")
                && !errors.hasFieldErrors("passwordRepeat")
                && !form.password().equals(form.passwordRepeat())) {
            errors.rejectValue("passwordRepeat", "password.mismatch");
        }
        Optional<Language> language = Language.fromTag(form.language());
        if (language.isEmpty() && !errors.hasFieldErrors("language")) {
            errors.rejectValue("language", "signup.language.invalid");
        }
        if (errors.hasErrors() || language.isEmpty()) {
            return page(form.token(), null, model, null);
        }
        try {
            CompanyClaims.Claimed claimed =
                    claims.acceptAsNewUser(form.token(), form.displayName().strip(), form.password(), language.get());
            sessions.signIn(claimed.user(), request, response);
            return "redirect:/companies/" + claimed.company().value() + "?claimed";
        } catch (TranslatableException e) {
            return page(form.token(), null, model, text(e));
        }
    }

    private String page(String token, @Nullable AccountUser user, Model model, @Nullable String error) {
        Optional<ClaimInvitation> invitation = claims.find(token);
        model.addAttribute("token", token);
        model.addAttribute("error", error);
        model.addAttribute("invitation", invitation.orElse(null));
        model.addAttribute("signedInAs", user == null ? null : user.email());
        model.addAttribute("step", step(invitation, user));
        if (!model.containsAttribute("form")) {
            Language language = invitation.map(ClaimInvitation::language).orElse(Language.DEFAULT);
            model.addAttribute("form", ClaimSignUpForm.empty(token, language));
        }
        return VIEW;
    }

    private Step step(Optional<ClaimInvitation> invitation, @Nullable AccountUser user) {
        if (invitation.isEmpty()) {
            return Step.INVALID;
        }
        if (user != null) {
            return user.email().equalsIgnoreCase(invitation.get().email()) ? Step.ACCEPT : Step.OTHER_USER;
        }
        return claims.hasAccount(invitation.get()) ? Step.SIGN_IN : Step.SIGN_UP;
    }

    private static String link(String token) {
        return UriComponentsBuilder.fromPath("/companies/claim")
                .queryParam("token", token)
                .build()
                .encode()
                .toUriString();
    }

    private String text(TranslatableException e) {
        return messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale());
    }
}
