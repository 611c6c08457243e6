/**
 * Users, sign-in, roles and the security configuration. Roles: platform admin, organiser (staff of
 * an organising agency; which agency is the organization module's business) and company
 * representative. Other modules get the signed-in user as an {@link org.ketnoi.account.AccountUser}.
 */
@NullMarked
package org.ketnoi.account;

import org.jspecify.annotations.NullMarked;
