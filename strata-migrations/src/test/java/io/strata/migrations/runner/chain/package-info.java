/** A small chain of test revisions (a1 → b2 → c3 → d4): tables with a foreign key, a column, an index, data. */
package io.strata.migrations.runner.chain;
