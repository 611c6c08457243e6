/**
 * In-app notices for a user (the bell in the header and {@code /notices}), each also mailed once in
 * the recipient's language. Other modules write notices with {@link org.ketnoi.notification.Notices}
 * from their own event listeners; a notice is written at most once per key, and its mail goes out
 * through the event publication registry, so a crash between commit and send delays the mail until
 * the publication is resubmitted instead of losing it. Public API: {@link org.ketnoi.notification.Notices}.
 */
@NullMarked
package org.ketnoi.notification;

import org.jspecify.annotations.NullMarked;
