/**
 * Internal: the views the pictures are drawn from (revisions with their marks, tables with their
 * relationships), the layered layout of the SVGs and one renderer per format.
 * Not a supported API; it may change in any release.
 */
package io.strata.migrations.picture.internal;
