package org.ketnoi.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInController {

    private final AccountProperties properties;

    SignInController(AccountProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/signin")
    String signIn(Model model) {
        model.addAttribute("lockoutMinutes", properties.account().lockout().toMinutes());
        return "account/signin";
    }
}
