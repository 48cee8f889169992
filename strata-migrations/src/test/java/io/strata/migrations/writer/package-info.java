/** Specifications of the revision writer: exact source, naming, writing files, and generated revisions that compile and run. */
package io.strata.migrations.writer;
