package io.strata.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;

import io.strata.core.process.SyncMain;
import io.strata.core.testing.DatabaseFixture;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/** Four replicas (separate JVMs) call sync() at the same moment on a fresh database. */
class ConcurrentSyncTest {

    private static final int REPLICAS = 4;

    @ParameterizedTest
    @Databases({DbKind.SQLITE, DbKind.POSTGRESQL, DbKind.MARIADB})
    void exactlyOneReplicaCreatesTheSchemaAndAllEndUpToDate(DbKind kind, TestDatabase server) throws Exception {
        try (server) {
            long startAt = System.currentTimeMillis() + 4_000;
            List<Process> processes = new ArrayList<>();
            for (int i = 0; i < REPLICAS; i++) {
                processes.add(spawn(server, startAt));
            }
            List<String> results = new ArrayList<>();
            for (Process p : processes) {
                boolean done = p.waitFor(90, TimeUnit.SECONDS);
                String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!done) {
                    p.destroyForcibly();
                }
                assertThat(done).as("replica finished:\n" + output).isTrue();
                assertThat(p.exitValue()).as("replica exit code:\n" + output).isZero();
                assertThat(output).as("no replica logs an error").doesNotContain(" ERROR ").doesNotContain("Exception");
                results.add(output.lines().filter(l -> l.startsWith("RESULT ")).findFirst().orElse("none:\n" + output));
            }
            assertThat(results).filteredOn(r -> r.equals("RESULT CREATED UP_TO_DATE")).hasSize(1);
            assertThat(results).filteredOn(r -> r.equals("RESULT ALREADY_UP_TO_DATE UP_TO_DATE")).hasSize(REPLICAS - 1);
        }
    }

    private static Process spawn(TestDatabase server, long startAt) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", classPath,
                SyncMain.class.getName(), Long.toString(startAt));
        builder.environment().put(Database.ENV_URL, server.url());
        builder.environment().put(Database.ENV_MODELS, DatabaseFixture.MODELS);
        builder.environment().put(Database.ENV_MIGRATIONS, DatabaseFixture.MIGRATIONS);
        builder.redirectErrorStream(true);
        builder.directory(new File(".").getAbsoluteFile());
        return builder.start();
    }
}
