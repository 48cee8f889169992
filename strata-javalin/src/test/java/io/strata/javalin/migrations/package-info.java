/** The test revisions, in {@code <test package>.migrations} so that the plugin's derived default finds them. */
package io.strata.javalin.migrations;
