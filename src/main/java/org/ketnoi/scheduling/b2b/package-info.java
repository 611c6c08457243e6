/**
 * The B2B meeting scheduling benchmark (Bofill et al., JAIR 74, 2022): its MiniZinc data format,
 * a checker that recomputes constraints and breaks from a slot assignment without the solver's code,
 * and the {@code b2b-solve} command. Internal to the scheduling module.
 */
@NullMarked
package org.ketnoi.scheduling.b2b;

import org.jspecify.annotations.NullMarked;
