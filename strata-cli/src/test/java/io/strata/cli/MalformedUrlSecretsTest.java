package io.strata.cli;

import static io.strata.cli.Fixtures.MIGRATIONS;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.strata.core.Database;
import io.strata.core.DatabaseConfig;

/**
 * No fragment of a password (4 characters or more) of a URL Strata cannot parse, or can parse but not
 * reach, reaches any output: the exception's message, its whole stack trace with causes, the settings'
 * {@code toString()}, and the {@code db} command line as a real process with every log line on
 * (TRACE) and {@code --verbose}, the URL given as an option and as {@code DATABASE_URL}.
 */
class MalformedUrlSecretsTest {

    private static final String PW = "S3cr3tPw";

    @TempDir
    Path dir;

    /** Each URL and the password in it, as the user meant it. */
    static Stream<Arguments> urls() {
        return Stream.of(
                url("postgresql:postgres:" + PW + "@127.0.0.1/x", PW),             // no "//"
                url("postgresql:/postgres:" + PW + "@127.0.0.1/x", PW),            // one "/"
                url("mysql:root:" + PW + "@localhost/x", PW),
                url("postgresql://postgres:S3c@r3tPw@127.0.0.1/x", "S3c@r3tPw"), // unencoded @
                url("postgresql://postgres:S3c/r3tPw@127.0.0.1/x", "S3c/r3tPw"), // unencoded /
                url("mariadb://root:S3c/r3tPw@127.0.0.1:3306/x", "S3c/r3tPw"),
                url("postgresql://postgres:S3c?r3tPw@127.0.0.1:1/x", "S3c?r3tPw"), // unencoded ?
                url("postgresql://postgres:S3c#r3tPw@127.0.0.1:1/x", "S3c#r3tPw"), // unencoded #
                url("postgresql://postgres:" + PW + "@127.0.0.1:port/x", PW),
                url("postgresql://postgres:" + PW + "@127.0.0.1:5432", PW),       // no database
                url("postgresql://postgres:S3c%ZZr3tPw@127.0.0.1/x", "S3c%ZZr3tPw"), // bad %-encoding
                url("postgres ql://u:" + PW + "@h/x", PW),
                url("foo://u:" + PW + "@h/x", PW),                                 // unknown scheme
                url("sqlite://u:" + PW + "@host/app.db", PW),                      // SQLite with a host
                url("h2:tcp:u:" + PW + "@h", PW),
                url("jdbc:postgresql://u:" + PW + "@127.0.0.1:1/x", PW),           // credentials in a jdbc: URL
                url("jdbc:postgresql://127.0.0.1:1/x?user=u&password=" + PW, PW),
                url("jdbc:mariadb://u:S3c/r3tPw@127.0.0.1:1/x", "S3c/r3tPw"));
    }

    private static Arguments url(String url, String password) {
        return Arguments.of(url, password);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("urls")
    void noPartOfThePasswordInExceptionsOrToString(String url, String password) {
        StringWriter seen = new StringWriter();
        try {
            DatabaseConfig config = Database.builder().url(url).property("hikari.connectionTimeout", "1000").config();
            seen.append(config.toString()).append('\n').append(config.describeTarget()).append('\n');
            try (Database db = Database.open(config)) {
                seen.append(db.toString()).append('\n').append(db.status().toString());
            }
        } catch (RuntimeException e) {
            e.printStackTrace(new PrintWriter(seen));
        }
        assertNoFragment(seen.toString(), password);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("urls")
    void noPartOfThePasswordInTheCommandLinesOutputAtAnyLogLevel(String url, String password) throws Exception {
        assertNoFragment(run(List.of(), "upgrade", "--verbose", "--url", url, "--migrations", MIGRATIONS), password);
    }

    /** The malformed forms of the issue report (no "//", an unencoded "/", credentials in a jdbc: URL). */
    static Stream<Arguments> environmentUrls() {
        return urls().filter(a -> {
            String url = (String) a.get()[0];
            return url.startsWith("postgresql:p") || url.contains("S3c/") || url.startsWith("jdbc:postgresql://u:");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("environmentUrls")
    void noPartOfThePasswordWhenTheUrlComesFromTheEnvironment(String url, String password) throws Exception {
        assertNoFragment(run(List.of(Database.ENV_URL + "=" + url), "current", "--verbose", "--migrations", MIGRATIONS),
                password);
    }

    private String run(List<String> environment, String... args) throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=trace", "-cp", classPath, StrataCli.class.getName()));
        command.addAll(List.of(args));
        Path output = dir.resolve("output.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().remove(Database.ENV_URL);
        for (String variable : environment) {
            int eq = variable.indexOf('=');
            builder.environment().put(variable.substring(0, eq), variable.substring(eq + 1));
        }
        Process process = builder.start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("db " + String.join(" ", args) + " did not finish in 90 s");
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(text).isNotZero();
        return text;
    }

    private static void assertNoFragment(String output, String password) {
        for (int i = 0; i + 4 <= password.length(); i++) {
            String fragment = password.substring(i, i + 4);
            assertThat(output).as("output holds '%s' of the password:%n%s", fragment, output).doesNotContain(fragment);
        }
    }
}
