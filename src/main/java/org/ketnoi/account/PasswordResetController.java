package org.ketnoi.account;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Forgot your password?": asking for a link by mail, then setting a new password through it. */
@Controller
class PasswordResetController {

    private static final String FORGOT = "account/password-forgot";
    private static final String RESET = "account/password-reset";

    private final PasswordResetService resets;

    PasswordResetController(PasswordResetService resets) {
        this.resets = resets;
    }

    @GetMapping("/password/forgot")
    String forgotForm(Model model) {
        model.addAttribute("form", new ForgotPasswordForm(""));
        return FORGOT;
    }

    /** Answers the same whether or not the e-mail belongs to an account, so accounts cannot be probed. */
    @PostMapping("/password/forgot")
    String forgot(@Valid @ModelAttribute("form") ForgotPasswordForm form, BindingResult errors) {
        if (errors.hasErrors()) {
            return FORGOT;
        }
        resets.requestReset(form.email());
        return "redirect:/password/forgot?sent";
    }

    @GetMapping("/password/reset")
    String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
        if (token.isBlank() || !resets.isUsable(token)) {
            model.addAttribute("invalid", true);
        }
        model.addAttribute("form", new ResetPasswordForm(token, "", ""));
        return RESET;
    }

    @PostMapping("/password/reset")
    String reset(@Valid @ModelAttribute("form") ResetPasswordForm form, BindingResult errors, Model model) {
        PasswordRules.checkRepeat(form.password(), form.passwordRepeat(), errors);
        if (errors.hasFieldErrors("token")) {
            model.addAttribute("invalid", true);
        }
        if (errors.hasErrors()) {
            return RESET;
        }
        try {
            resets.reset(form.token(), form.password());
        } catch (InvalidResetLinkException e) {
            model.addAttribute("invalid", true);
            return RESET;
        }
        return "redirect:/signin?reset";
    }
}
