/** Internal to Strata (unsupported, may change in any release): what strata-core knows about H2. */
package io.strata.core.internal.database.h2;
