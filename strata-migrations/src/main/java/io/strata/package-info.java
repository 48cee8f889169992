/** Strata's root package: {@link io.strata.StrataException}, the parent of every Strata exception. */
package io.strata;
