/** Models that make {@code db migrate} ask its questions: a likely rename and a NOT NULL column without a default. */
package io.strata.cli.test.prompts;
