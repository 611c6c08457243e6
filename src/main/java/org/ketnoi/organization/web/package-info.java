/** The admin pages for agencies and their staff under {@code /manage/agencies}. */
@NullMarked
package org.ketnoi.organization.web;

import org.jspecify.annotations.NullMarked;
