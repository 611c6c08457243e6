package org.ketnoi.notification;

import org.ketnoi.account.AccountUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The unread count in the header, read by the layout as {@code @noticeBell.unread()}. */
@Component("noticeBell")
class NoticeBell {

    private final Notices notices;

    NoticeBell(Notices notices) {
        this.notices = notices;
    }

    public int unread() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AccountUser user
                ? notices.unread(user.id())
                : 0;
    }
}
