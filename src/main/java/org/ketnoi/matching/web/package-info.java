/** Pages and JSON API of partner recommendations and the organisers' match overview. */
@NullMarked
package org.ketnoi.matching.web;

import org.jspecify.annotations.NullMarked;
