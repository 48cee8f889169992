package io.strata.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.strata.migrations.dialect.Dialects;
import io.strata.migrations.runner.Migrator;
import io.strata.migrations.runner.SqlScript;

/**
 * The upgrade SQL of the generated revisions as Strata's offline mode writes it
 * ({@link SqlScript#text()}: {@code -- comment}, {@code BEGIN;}, statements ending {@code ;} and a
 * blank line, {@code COMMIT;}); {@link SqlFileRunner} executes such a file.
 */
public final class SqlFile {

    private SqlFile() {
    }

    /** Renders the upgrade from base to the head of {@code count} revisions for a dialect. */
    public static String render(String dialect, int count) {
        SqlScript script = Migrator.offline(Dialects.byName(dialect), BenchRevisions.chain(count)).upgradeSql(null, "heads");
        String text = script.text();
        int parsed = SqlFileRunner.parse(text).size();
        int expected = script.statements().size() + 2 * (int) script.blocks().stream().filter(SqlScript.Block::transaction).count();
        if (parsed != expected) {
            throw new IllegalStateException("the rendered script splits into " + parsed + " statements, expected "
                    + expected + ": a statement contains ';' followed by a blank line");
        }
        return text;
    }

    /** Writes the script for a dialect and count to a file: {@code RenderSql <dialect> <count> <file>}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: SqlFile <postgresql|sqlite> <revisions> <file>");
            System.exit(2);
        }
        Files.writeString(Path.of(args[2]), render(args[0], Integer.parseInt(args[1])));
    }
}
