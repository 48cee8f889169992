package io.strata.migrations.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts {@link MigrateMain} in a child JVM and reads what it prints. */
final class MigrateProcess {

    private MigrateProcess() {
    }

    /**
     * A child JVM that upgrades the revisions of {@code revisionsPackage} to head at {@code startAt}
     * (epoch ms), pausing {@code pauseMillis} in the revisions that pause, with further system properties
     * ({@code name=value}); the password goes through the environment, never the command line.
     */
    static Process spawn(String jdbcUrl, String user, String password, long startAt, long pauseMillis,
            String revisionsPackage, String... systemProperties) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xshare:auto",
                "-XX:TieredStopAtLevel=1", "-Dstrata.test.pauseMillis=" + pauseMillis));
        for (String property : systemProperties) {
            command.add("-D" + property);
        }
        command.addAll(List.of("-cp", classPath, MigrateMain.class.getName(),
                jdbcUrl, user == null ? "-" : user, Long.toString(startAt), revisionsPackage));
        ProcessBuilder builder = new ProcessBuilder(command);
        if (password != null) {
            builder.environment().put("STRATA_TEST_PASSWORD", password);
        }
        builder.redirectErrorStream(true);
        builder.directory(new File(".").getAbsoluteFile());
        return builder.start();
    }

    /** All the process prints, once it ended (at most 60 s). */
    static String outputOf(Process process) throws Exception {
        boolean done = process.waitFor(60, TimeUnit.SECONDS);
        if (!done) {
            process.destroyForcibly();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(done).as("process finished within 60 s:\n" + output).isTrue();
        return output;
    }

    /** Reads the process's output until it prints {@code line}; fails if it ends first. */
    static void awaitLine(Process process, String line) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String next;
        while ((next = reader.readLine()) != null) {
            if (next.equals(line)) {
                return;
            }
            seen.append(next).append('\n');
        }
        throw new AssertionError("process ended before printing " + line + ":\n" + seen);
    }
}
