package org.ketnoi.account;

import org.ketnoi.i18n.Language;

/**
 * Users have no time zone of their own yet, so times on the account page are shown in the zone most
 * readers of their language live in; the formatted time names its UTC offset, so it is never ambiguous.
 */
final class DisplayZone {

    private DisplayZone() {}

    static String of(Language language) {
        return language == Language.ZH ? "Asia/Shanghai" : "Asia/Ho_Chi_Minh";
    }
}
