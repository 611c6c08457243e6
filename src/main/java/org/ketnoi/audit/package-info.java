/**
 * The append-only audit log. Every state change in every module writes one entry through
 * {@link org.ketnoi.audit.AuditLog#record} inside its own transaction, so the entry and the change
 * commit or roll back together. Organisers read the entries of their events.
 */
@NullMarked
package org.ketnoi.audit;

import org.jspecify.annotations.NullMarked;
