/** Internal to Strata (unsupported, may change in any release): converting Hibernate models to the neutral schema and running its DDL. */
package io.strata.core.internal.schema;
