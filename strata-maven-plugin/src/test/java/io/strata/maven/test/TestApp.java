package io.strata.maven.test;

import io.strata.core.Database;

/** An application whose database settings the plugin's {@code <builder>} names. */
public final class TestApp {

    private TestApp() {
    }

    /** The application's settings: the URL from the test's {@code test.app.url} property. */
    public static Database.Builder database() {
        return Database.builder().url(System.getProperty("test.app.url")).migrations("io.strata.maven.test.migrations");
    }
}
