/**
 * Strata's root package: {@link io.strata.StrataException}, the parent of every Strata exception,
 * its {@link io.strata.ErrorKind}, and the few exceptions every module throws.
 */
package io.strata;
