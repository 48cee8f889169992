/**
 * Revision e5 of the runner's test chain as edited after {@code E5Broken} failed: fixed, edited in an
 * operation that had run, failing at its second operation. Outside the chain's packages, so that
 * scanning them finds one e5.
 */
package io.strata.migrations.edited;
