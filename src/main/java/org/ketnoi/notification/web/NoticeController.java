package org.ketnoi.notification.web;

import org.ketnoi.account.AccountUser;
import org.ketnoi.i18n.Language;
import org.ketnoi.notification.Notices;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The signed-in user's notices, newest first. */
@Controller
class NoticeController {

    private static final int SHOWN = 100;

    private final Notices notices;

    NoticeController(Notices notices) {
        this.notices = notices;
    }

    @GetMapping("/notices")
    String list(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("notices", notices.recent(user.id(), Language.of(LocaleContextHolder.getLocale()), SHOWN));
        return "notification/notices";
    }

    @PostMapping("/notices/read")
    String markRead(@AuthenticationPrincipal AccountUser user) {
        notices.markAllRead(user.id());
        return "redirect:/notices";
    }
}
