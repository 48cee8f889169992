/**
 * Pictures of what Strata knows exactly: the revision graph ({@link io.strata.migrations.picture.RevisionGraphPicture},
 * with the database's position when known) and the schema at a revision
 * ({@link io.strata.migrations.picture.SchemaPicture}), as Mermaid, Graphviz DOT or a self-contained SVG
 * ({@link io.strata.migrations.picture.PictureFormat}).
 *
 * <p>Everything is drawn offline from values: no database, no network and no external program.
 */
package io.strata.migrations.picture;
