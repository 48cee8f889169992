package io.strata.migrations.writer.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.strata.migrations.operations.Operation;

/**
 * The two revisions of an expand/contract change as they are collected: each half's upgrade steps,
 * its downgrade steps (collected in upgrade order, written reversed), and notes at the top of its upgrade.
 */
public final class Halves {

    /** One half: expand or contract. */
    public static final class Half {
        private final List<Step> upgrade = new ArrayList<>();
        private final List<List<Step>> downgrade = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final List<String> reasons = new ArrayList<>();

        /** Adds an upgrade step and the steps that undo it. */
        void add(List<Step> up, List<Step> down) {
            upgrade.addAll(up);
            downgrade.add(List.copyOf(down));
        }

        /** Adds one operation with comments to the upgrade, and its undoing steps. */
        void add(Operation op, List<String> comments, List<Step> down) {
            add(List.of(new Step(op, comments)), down);
        }

        void note(String line) {
            notes.add(line);
        }

        void reason(String text) {
            if (!reasons.contains(text)) {
                reasons.add(text);
            }
        }

        /** The upgrade steps in order. */
        public List<Step> upgrade() {
            return List.copyOf(upgrade);
        }

        /** The downgrade steps: the undoing of each upgrade step, last first. */
        public List<Step> downgrade() {
            List<List<Step>> reversed = new ArrayList<>(downgrade);
            Collections.reverse(reversed);
            return reversed.stream().flatMap(List::stream).toList();
        }

        /** Comment lines at the top of the upgrade. */
        public List<String> notes() {
            return List.copyOf(notes);
        }

        /** What the half does to old replicas, one phrase per change (the contract's {@code contract = "…"}). */
        public List<String> reasons() {
            return List.copyOf(reasons);
        }

        /** Whether it has no operation. */
        public boolean isEmpty() {
            return upgrade.isEmpty();
        }
    }

    private final Half expand = new Half();
    private final Half contract = new Half();

    /** The compatible half: runs while old replicas serve. */
    public Half expand() {
        return expand;
    }

    /** The breaking half: runs once no old replica serves. */
    public Half contract() {
        return contract;
    }
}
