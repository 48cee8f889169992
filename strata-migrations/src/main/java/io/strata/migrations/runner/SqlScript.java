package io.strata.migrations.runner;

import java.util.List;
import java.util.Map;

/**
 * The SQL of a migration range for one dialect (offline mode), one block per revision.
 *
 * @param dialect the dialect's name
 * @param blocks the blocks, in order
 */
public record SqlScript(String dialect, List<Block> blocks) {

    /** Freezes the blocks. */
    public SqlScript {
        blocks = List.copyOf(blocks);
    }

    /**
     * Statements that belong together.
     *
     * @param comment what the block does, e.g. {@code Running upgrade a1 -> b2: add isbn}
     * @param statements the statements, without trailing semicolons
     * @param transaction whether the text wraps them in {@code BEGIN}/{@code COMMIT}
     * @param notes comment lines to print before a statement, by the statement's index (each operation's
     *     safety plan before its first statement)
     * @param revision the id of the revision the block runs, or {@code null} for the version table's own blocks
     */
    public record Block(String comment, List<String> statements, boolean transaction, Map<Integer, List<String>> notes,
            String revision) {

        /** Freezes the statements and notes. */
        public Block {
            statements = List.copyOf(statements);
            notes = Map.copyOf(notes);
        }

        /** A block of no revision (the version table's own). */
        public Block(String comment, List<String> statements, boolean transaction, Map<Integer, List<String>> notes) {
            this(comment, statements, transaction, notes, null);
        }

        /** A block of no revision, without notes. */
        public Block(String comment, List<String> statements, boolean transaction) {
            this(comment, statements, transaction, Map.of());
        }
    }

    /** The part of this script that runs revision {@code id}: its blocks only (none when it has no step here). */
    public SqlScript ofRevision(String id) {
        return new SqlScript(dialect, blocks.stream().filter(b -> id.equals(b.revision())).toList());
    }

    /** Every statement in order, without comments or transaction control. */
    public List<String> statements() {
        return blocks.stream().flatMap(b -> b.statements().stream()).toList();
    }

    /** The script as text to save or pipe into the database's client, statements ending with {@code ;}. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (Block block : blocks) {
            text.append("-- ").append(block.comment()).append("\n\n");
            if (block.transaction()) {
                text.append("BEGIN;\n\n");
            }
            for (int i = 0; i < block.statements().size(); i++) {
                block.notes().getOrDefault(i, List.of()).forEach(note -> text.append("-- ").append(note).append('\n'));
                text.append(block.statements().get(i)).append(";\n\n");
            }
            if (block.transaction()) {
                text.append("COMMIT;\n\n");
            }
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
