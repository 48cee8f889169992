package io.strata.cli.test.app;

import io.strata.cli.StrataCli;
import io.strata.core.Database;

/**
 * An application whose builder names its development database, models and migrations, and hands
 * {@code db …} arguments to the command line, as the README shows.
 */
public final class DevApp {

    /** The application's own URL: a SQLite file in the working directory. */
    public static final String URL = "sqlite:///dev.db";
    /** The application's own models (differ from the test migrations' head). */
    public static final String MODELS = "io.strata.cli.test.renamed";
    /** The application's own migrations (the first revision only). */
    public static final String MIGRATIONS = "io.strata.cli.test.authors";

    private DevApp() {
    }

    /** Runs {@code db ARGS} over the application's builder and exits with its code. */
    public static void main(String... args) {
        System.exit(StrataCli.run(Database.builder().url(URL).models(MODELS).migrations(MIGRATIONS), args));
    }
}
