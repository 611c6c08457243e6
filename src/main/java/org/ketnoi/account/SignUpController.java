package org.ketnoi.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.ketnoi.i18n.Language;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Anyone may sign up as a company representative; organisers and admins are made by admins. */
@Controller
class SignUpController {

    private static final String VIEW = "account/signup";

    private final AccountService accounts;
    private final SessionSignIn sessions;

    SignUpController(AccountService accounts, SessionSignIn sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @ModelAttribute("languages")
    List<Language> languages() {
        return List.of(Language.values());
    }

    @GetMapping("/signup")
    String form(Model model) {
        model.addAttribute("form", SignUpForm.empty(Language.of(LocaleContextHolder.getLocale())));
        return VIEW;
    }

    @PostMapping("/signup")
    String signUp(
            @Valid @ModelAttribute("form") SignUpForm form,
            BindingResult errors,
            HttpServletRequest request,
            HttpServletResponse response) {
        PasswordRules.checkRepeat(form.password(), form.passwordRepeat(), errors);
        Optional<Language> language = Language.fromTag(form.language());
        if (language.isEmpty() && !errors.hasFieldErrors("language")) {
            errors.rejectValue("language", "signup.language.invalid");
        }
        if (errors.hasErrors() || language.isEmpty()) {
            return VIEW;
        }
        UserId id;
        try {
            id = accounts.create(
                    new NewUser(form.email(), form.password(), form.displayName(), Role.COMPANY, language.get()), null);
        } catch (EmailAlreadyUsedException e) {
            errors.rejectValue("email", "signup.email.taken");
            return VIEW;
        }
        sessions.signIn(accounts.find(id).orElseThrow(), request, response);
        return "redirect:/account";
    }
}
