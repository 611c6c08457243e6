package org.ketnoi.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import org.ketnoi.i18n.Language;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own page: profile, language preference, personal API tokens. */
@Controller
class AccountController {

    private static final String VIEW = "account/account";

    private final AccountService accounts;
    private final ApiTokenService tokens;
    private final LocaleResolver locales;

    AccountController(AccountService accounts, ApiTokenService tokens, LocaleResolver locales) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.locales = locales;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal AccountUser user, Model model) {
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm(""));
        }
        return page(user, model);
    }

    /** Saves the choice (the locale resolver stores it for the signed-in user) and sets the cookie. */
    @PostMapping("/account/language")
    String language(
            @RequestParam(defaultValue = "") String language,
            HttpServletRequest request,
            HttpServletResponse response) {
        Language.fromTag(language).ifPresent(chosen -> locales.setLocale(request, response, chosen.locale()));
        return "redirect:/account";
    }

    @PostMapping("/account/tokens")
    String createToken(
            @AuthenticationPrincipal AccountUser user,
            @Valid @ModelAttribute("tokenForm") TokenForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(user, model);
        }
        // Shown once on the next page, then gone: only its hash is stored.
        redirect.addFlashAttribute("created", tokens.create(user.id(), form.name()));
        return "redirect:/account";
    }

    /** Another user's token, or one already revoked, is a 404 like any unknown id. */
    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
        tokens.revoke(user.id(), id);
        return "redirect:/account?revoked";
    }

    private String page(AccountUser user, Model model) {
        AccountUser fresh = accounts.find(user.id()).orElseThrow(() -> new UserNotFoundException(user.id()));
        model.addAttribute("user", fresh);
        model.addAttribute("languages", List.of(Language.values()));
        model.addAttribute("tokens", tokens.list(user.id()));
        model.addAttribute("zone", DisplayZone.of(fresh.language()));
        return VIEW;
    }
}
