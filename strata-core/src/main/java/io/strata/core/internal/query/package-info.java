/** Internal to Strata (unsupported, may change in any release): the query helpers (filters, get-or-create, pagination). */
package io.strata.core.internal.query;
