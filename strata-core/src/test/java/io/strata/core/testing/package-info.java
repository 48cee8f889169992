/** Test fixtures for strata-core: a shared {@link io.strata.core.Database} per database kind. */
package io.strata.core.testing;
