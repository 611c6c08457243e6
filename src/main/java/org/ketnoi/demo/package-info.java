/**
 * The demo data a fresh installation starts with (switch: {@code ketnoi.demo.enabled}): agencies,
 * events modelled on the press reports the project started from, and demo logins. Written through
 * the other modules' public services, like any user would, so it is audited and valid.
 */
@NullMarked
package org.ketnoi.demo;

import org.jspecify.annotations.NullMarked;
