/** Internal to Strata (unsupported, may change in any release): listing the classes of a package. */
package io.strata.migrations.internal.scan;
