/** The test models, in {@code <test package>.models} so that the plugin's derived default finds them. */
package io.strata.javalin.models;
