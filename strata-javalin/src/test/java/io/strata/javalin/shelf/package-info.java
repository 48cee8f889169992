/** The models of the error-answer and JSON tests: shelves (unique name, java.time values) and their items (lazy shelf). */
package io.strata.javalin.shelf;
