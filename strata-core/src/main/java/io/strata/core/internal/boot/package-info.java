/** Internal to Strata (unsupported, may change in any release): scanning models and bootstrapping Hibernate and the connection pool. */
package io.strata.core.internal.boot;
