package io.strata.migrations.runner;

import java.util.List;

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
     */
    public record Block(String comment, List<String> statements, boolean transaction) {

        /** Freezes the statements. */
        public Block {
            statements = List.copyOf(statements);
        }
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
            for (String statement : block.statements()) {
                text.append(statement).append(";\n\n");
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
