/**
 * Revisions as Java code: the {@link io.strata.migrations.revision.Migration} interface, the
 * {@link io.strata.migrations.revision.Revision @Revision} annotation, and
 * {@link io.strata.migrations.revision.RevisionSet}, which finds them in a package, validates their
 * graph and replays their operations into the schema at any revision.
 */
package io.strata.migrations.revision;
