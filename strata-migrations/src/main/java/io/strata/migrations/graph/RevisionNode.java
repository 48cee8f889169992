package io.strata.migrations.graph;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One revision as the graph sees it: an id, the ids it follows, its branch labels and its message.
 *
 * @param id the revision id: letters, digits and {@code _}
 * @param parents the revisions this one follows; empty for a base, several for a merge
 * @param branchLabels the branch labels declared on this revision
 * @param message the human description, never {@code null}
 */
public record RevisionNode(String id, List<String> parents, Set<String> branchLabels, String message) {

    private static final Pattern NAME = Pattern.compile("\\w+");
    private static final Set<String> RESERVED = Set.of("head", "heads", "base", "current");

    /** Validates the id, parents and labels and freezes the collections. */
    public RevisionNode {
        checkName(id, id, "revision id");
        parents = List.copyOf(parents);
        Set<String> seen = new HashSet<>();
        for (String parent : parents) {
            checkName(id, parent, "parent id");
            if (!seen.add(parent)) {
                throw new InvalidRevisionException(id, "it lists parent " + parent
                        + " twice; list each parent once");
            }
        }
        Set<String> sorted = new TreeSet<>();
        for (String label : branchLabels) {
            checkName(id, label, "branch label");
            sorted.add(label);
        }
        branchLabels = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(sorted));
        message = message == null ? "" : message;
    }

    /** A revision with these parents (none for a base), no labels and no message. */
    public static RevisionNode of(String id, String... parents) {
        return new RevisionNode(id, Arrays.asList(parents), Set.of(), "");
    }

    /** This revision with these branch labels instead of its own. */
    public RevisionNode withLabels(String... labels) {
        return new RevisionNode(id, parents, new HashSet<>(Arrays.asList(labels)), message);
    }

    /** This revision with another message. */
    public RevisionNode withMessage(String newMessage) {
        return new RevisionNode(id, parents, branchLabels, newMessage);
    }

    /** Whether this revision has no parent. */
    public boolean isBase() {
        return parents.isEmpty();
    }

    /** Whether this revision joins several parents. */
    public boolean isMerge() {
        return parents.size() > 1;
    }

    private static void checkName(String owner, String name, String what) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidRevisionException(owner, what + " '" + name
                    + "' must be letters, digits and '_' only ('@', '+', '-' and ':' are target syntax)");
        }
        if (RESERVED.contains(name)) {
            throw new InvalidRevisionException(owner, what + " '" + name
                    + "' is a reserved word (head, heads, base, current); choose another name");
        }
    }
}
