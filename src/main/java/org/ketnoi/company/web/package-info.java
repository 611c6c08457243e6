/** The company pages ({@code /companies/...}, {@code /my/companies}) and {@code /api/v1/companies}. */
@NullMarked
package org.ketnoi.company.web;

import org.jspecify.annotations.NullMarked;
