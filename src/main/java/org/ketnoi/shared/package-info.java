/** Tiny, boring infrastructure shared by every module: the clock, problem details. No business concepts. */
@NullMarked
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.ketnoi.shared;

import org.jspecify.annotations.NullMarked;
