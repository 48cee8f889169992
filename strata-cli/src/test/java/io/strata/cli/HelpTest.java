package io.strata.cli;

import static io.strata.cli.testing.CliRun.db;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.strata.cli.testing.CliRun.Result;

/** Every command has --help with the exit codes; the completion script covers the tree. */
class HelpTest {

    static final List<String> COMMANDS = List.of("sync", "status", "init", "revision", "migrate", "upgrade",
            "downgrade", "stamp", "current", "heads", "history", "show", "graph", "erd", "merge", "check", "drift", "create", "drop",
            "completion");

    @Test
    void everyCommandHasHelpListingTheExitCodes() {
        Result root = db("--help");
        assertThat(root.exitCode()).isZero();
        assertThat(root.out()).contains("Usage: db [-hV]", "--url=URL", "--models=PACKAGE", "--source-dir=DIR",
                "Exit codes:", "0   ok", "1   differences found or revisions pending", "2   usage error",
                "3   database unreachable", "4   migration failed", "5   other error");
        for (String command : COMMANDS) {
            assertThat(root.out()).contains("  " + command + " ");
            Result help = db(command, "--help");
            assertThat(help.exitCode()).as(command).isZero();
            assertThat(help.out()).as(command).startsWith("Usage: db " + command)
                    .contains("Exit codes:", "3   database unreachable", "--url=URL");
        }
    }

    @Test
    void completionPrintsABashScriptForTheWholeTree() {
        Result completion = db("completion");
        assertThat(completion.exitCode()).isZero();
        assertThat(completion.out()).contains("complete -F _complete_db", "upgrade", "downgrade", "--rename-table");
        // The picture commands complete their formats.
        assertThat(completion.out()).contains("graph", "erd", "--format", "(\"mermaid\" \"dot\" \"svg\") # --format values");
    }
}
