/**
 * Model versions of the autogenerate corpus: each {@code sNN_<change>} package holds a {@code v1}
 * and a {@code v2} of the same models, differing by one kind of change ({@code EvolutionCorpusTest}).
 */
package io.strata.core.test.evolution;
