package io.strata.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the goals' launcher as a goal does: in a fresh class loader over a project's class path (this
 * test's), with the plugin's configuration as the application's settings.
 */
class LaunchTest {

    private static final String MIGRATIONS = "io.strata.maven.test.migrations";

    @TempDir
    Path dir;

    private String output = "";

    @AfterEach
    void clearEnvironment() {
        System.clearProperty("DATABASE_URL");
        System.clearProperty("test.app.url");
    }

    @Test
    void everyRunFindsTheProjectsDriverAgain() throws Exception {
        // DriverManager loads drivers once per JVM: a second goal's loader would otherwise find none.
        assertThat(launch(Map.of(Launch.URL, url("a.db"), Launch.MIGRATIONS, MIGRATIONS), "upgrade")).isZero();
        assertThat(launch(Map.of(Launch.URL, url("a.db"), Launch.MIGRATIONS, MIGRATIONS), "current")).isZero();
        assertThat(output).contains("aa00000000a1");
    }

    @Test
    void anOptionWinsOverTheEnvironmentWhichWinsOverTheConfiguration() throws Exception {
        Map<String, String> project = Map.of(Launch.URL, url("pom.db"), Launch.MIGRATIONS, MIGRATIONS);
        assertThat(launch(project, "upgrade")).isZero();
        assertThat(dir.resolve("pom.db")).exists();
        assertThat(output).contains("pom.db (from the application)");

        System.setProperty("DATABASE_URL", url("env.db"));
        assertThat(launch(project, "upgrade")).isZero();
        assertThat(dir.resolve("env.db")).exists();
        assertThat(output).contains("env.db (from DATABASE_URL)");

        assertThat(launch(project, "upgrade", "--url", url("option.db"))).isZero();
        assertThat(dir.resolve("option.db")).exists();
        assertThat(output).contains("option.db (from the command line)");
    }

    @Test
    void theBuilderMethodGivesTheApplicationsSettings() throws Exception {
        System.setProperty("test.app.url", url("app.db"));
        assertThat(launch(Map.of(Launch.BUILDER, "io.strata.maven.test.TestApp#database"), "upgrade")).isZero();
        assertThat(dir.resolve("app.db")).exists();
    }

    @Test
    void aBuilderThatNamesNoMethodSaysHowToNameOne() {
        assertThatThrownBy(() -> launch(Map.of(Launch.BUILDER, "com.example.Nope#database"), "heads"))
                .isInstanceOf(InvocationTargetException.class).cause()
                .hasMessageContaining("<builder>com.example.Nope#database</builder>: no class com.example.Nope")
                .hasMessageContaining("a public static method without parameters returning Database.Builder");
        assertThatThrownBy(() -> launch(Map.of(Launch.BUILDER, "io.strata.maven.test.TestApp"), "heads"))
                .cause().hasMessageContaining("names no method");
    }

    @Test
    void thePasswordOfTheConfiguredUrlIsNeverPrinted() throws Exception {
        Map<String, String> project = Map.of(Launch.URL, "postgresql://strata:s3cr3t-pw@127.0.0.1:1/nope",
                Launch.MIGRATIONS, MIGRATIONS);
        assertThat(launch(project, "upgrade")).isEqualTo(3);
        assertThat(output).isNotBlank().doesNotContain("s3cr3t-pw");
    }

    private String url(String file) {
        return "sqlite:///" + dir.resolve(file);
    }

    private int launch(Map<String, String> project, String... args) throws Exception {
        List<String> classPath = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        ProjectClassLoader loader = ProjectClassLoader.of(classPath, Set.of(), List.of());
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            return loader.launch(new HashMap<>(project), List.of(args));
        } finally {
            System.setOut(out);
            System.setErr(err);
            output = captured.toString(StandardCharsets.UTF_8);
        }
    }
}
