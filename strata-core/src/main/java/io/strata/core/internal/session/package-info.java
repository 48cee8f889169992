/** Internal to Strata (unsupported, may change in any release): per-thread scoped sessions. */
package io.strata.core.internal.session;
