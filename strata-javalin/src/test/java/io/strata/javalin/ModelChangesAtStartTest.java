package io.strata.javalin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static io.strata.migrations.schema.ColumnType.bigint;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;

import io.javalin.Javalin;
import io.strata.core.ModelChanges;
import io.strata.core.UncapturedModelChangesException;
import io.strata.javalin.testing.WebDatabases;
import io.strata.migrations.graph.RevisionNode;
import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.MigrationRevision;
import io.strata.migrations.revision.RevisionSet;
import io.strata.migrations.runner.SyncResult;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * The note model has a title whose revision was forgotten (the one revision creates notes with an id
 * only): the plugin says so once when it is created, before any request or sync, or refuses to start in
 * fail mode.
 */
class ModelChangesAtStartTest {

    private static final String WARNING = "Your models have changes that are not yet in a revision";
    private static final RevisionSet WITHOUT_TITLE = RevisionSet.of(List.of(MigrationRevision.of(
            RevisionNode.of("n1"), new Migration() {
                @Override
                public void upgrade(Ops ops) {
                    ops.createTable("notes", t -> t.column("id", bigint(), c -> c.autoIncrement())
                            .primaryKey("pk_notes", "id"));
                }

                @Override
                public void downgrade(Ops ops) {
                    ops.dropTable("notes");
                }
            })));

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void captureLog() {
        originalErr = System.err;
        System.setErr(new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                captured.write(b);
                originalErr.write(b);
            }
        }, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreLog() {
        System.setErr(originalErr);
    }

    @ParameterizedTest
    @Databases
    void a_forgotten_revision_is_named_in_one_warning_when_the_plugin_starts(DbKind kind, TestDatabase server) {
        StrataPlugin strata = new StrataPlugin(settings -> settings.url(server.url()).models(WebDatabases.MODELS)
                .builder(db -> db.revisions(WITHOUT_TITLE)));
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.registerPlugin(strata);
        }).start("127.0.0.1", 0);
        try {
            assertThat(warnings()).as("warned when the plugin was created, before sync").hasSize(1);
            assertThat(strata.sync()).isEqualTo(SyncResult.CREATED);
            assertThat(warnings()).hasSize(1);
            assertThat(warnings()[0]).contains("WARN", "notes.title added", "db migrate")
                    .doesNotContain(TestDatabase.PASSWORD);
        } finally {
            app.stop();
        }
    }

    @ParameterizedTest
    @Databases
    void fail_mode_refuses_to_create_the_plugin(DbKind kind, TestDatabase server) {
        assertThatThrownBy(() -> new StrataPlugin(settings -> settings.url(server.url()).models(WebDatabases.MODELS)
                .builder(db -> db.revisions(WITHOUT_TITLE).modelChanges(ModelChanges.FAIL))))
                .isInstanceOf(UncapturedModelChangesException.class)
                .hasMessageContaining("notes.title added").hasMessageContaining("Refusing to start");
        assertThat(warnings()).isEmpty();
    }

    private String[] warnings() {
        System.err.flush();
        return captured.toString(StandardCharsets.UTF_8).lines().filter(line -> line.contains(WARNING))
                .toArray(String[]::new);
    }
}
