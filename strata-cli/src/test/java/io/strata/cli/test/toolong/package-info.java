/** A revision whose hand-written foreign key name is 65 characters: longer than PostgreSQL and MariaDB accept. */
package io.strata.cli.test.toolong;
