/** An application that embeds the command line, for the tests of which setting wins. */
package io.strata.cli.test.app;
