/** Internal to Strata (unsupported, may change in any release): parsing database URLs into JDBC settings, with passwords masked. */
package io.strata.core.internal.url;
