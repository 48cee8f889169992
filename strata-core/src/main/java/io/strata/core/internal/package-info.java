/** Strata's implementation. Internal and unsupported: it may change in any release. */
package io.strata.core.internal;
