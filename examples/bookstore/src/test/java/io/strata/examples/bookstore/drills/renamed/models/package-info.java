/** The new code's model of the rename drill: {@code author.name} renamed to {@code display_name}. */
package io.strata.examples.bookstore.drills.renamed.models;
