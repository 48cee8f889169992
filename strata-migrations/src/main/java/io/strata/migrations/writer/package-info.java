/**
 * Writing revisions as Java source: {@link io.strata.migrations.writer.RevisionWriter} renders a
 * {@link io.strata.migrations.diff.SchemaDiff} (or a merge of heads) as a readable
 * {@code @Revision} class in the {@code Ops} DSL, and
 * {@link io.strata.migrations.writer.RevisionSource#writeTo} puts it in a source tree without ever
 * overwriting a file. What {@code db migrate} and {@code db merge} produce.
 */
package io.strata.migrations.writer;
