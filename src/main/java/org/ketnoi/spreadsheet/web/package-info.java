/** The import wizard, the import API and the participant export (pages and API). */
@NullMarked
package org.ketnoi.spreadsheet.web;

import org.jspecify.annotations.NullMarked;
