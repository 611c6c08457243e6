@NullMarked
package org.ketnoi.notification.web;

import org.jspecify.annotations.NullMarked;
