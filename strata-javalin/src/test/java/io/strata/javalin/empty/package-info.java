/** A package with no {@code models} sub-package. */
package io.strata.javalin.empty;
