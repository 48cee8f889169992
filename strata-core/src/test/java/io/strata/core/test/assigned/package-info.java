/** A model whose key the application assigns, so that its insert returns nothing (get-or-create statement tests). */
package io.strata.core.test.assigned;
