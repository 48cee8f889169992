package io.strata.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.strata.migrations.revision.NoRevisionsFoundException;
import io.strata.migrations.revision.RevisionSet;

/** A builder answers whether a URL is set and what its revisions are without a URL or a connection. */
class BuilderRevisionsTest {

    private static final String MIGRATIONS = "io.strata.core.test.migrations";

    @AfterEach
    void clearEnvironment() {
        System.clearProperty(Database.ENV_URL);
    }

    @Test
    void revisionsAreScannedFromTheMigrationsPackageWithoutAUrl() {
        Database.Builder builder = Database.builder().migrations(MIGRATIONS);
        assertThat(builder.hasUrl()).isFalse();
        assertThat(builder.revisions().graph().heads()).containsExactly("c3a2f5e4d6b7");
        assertThat(Database.builder().revisions().size()).as("no migrations package").isZero();
        assertThatThrownBy(() -> Database.builder().migrations("io.strata.core.test.empty").revisions())
                .isInstanceOf(NoRevisionsFoundException.class);
    }

    @Test
    void revisionsGivenDirectlyWinAndAUrlFromAnyLayerCounts() {
        RevisionSet given = RevisionSet.empty();
        assertThat(Database.builder().migrations(MIGRATIONS).revisions(given).revisions()).isSameAs(given);
        assertThat(Database.builder().url("h2:mem:x").hasUrl()).isTrue();
        assertThat(Database.builder().defaults(layer -> layer.url("h2:mem:y")).hasUrl()).isTrue();
        System.setProperty(Database.ENV_URL, "h2:mem:z");
        assertThat(Database.builder().hasUrl()).as("not read before fromEnvironment()").isFalse();
        assertThat(Database.builder().fromEnvironment().hasUrl()).isTrue();
    }
}
