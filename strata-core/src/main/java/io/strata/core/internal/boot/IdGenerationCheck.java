package io.strata.core.internal.boot;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.Sequence;

import io.strata.core.ModelException;

/**
 * Refuses id generators Strata cannot yet give a dialect-neutral schema for (sequences and
 * table-emulated sequences): identity columns are what migrations create on every database.
 */
final class IdGenerationCheck {

    private IdGenerationCheck() {
    }

    static void verify(Metadata metadata) {
        List<String> sequences = new ArrayList<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            for (Sequence sequence : namespace.getSequences()) {
                sequences.add(sequence.getName().getSequenceName().getText());
            }
        }
        List<String> entities = metadata.getEntityBindings().stream()
                .filter(pc -> pc.getIdentifier() != null && pc.getIdentifier().getTable() != null)
                .filter(pc -> sequences.stream().anyMatch(s -> s.startsWith(pc.getTable().getName())))
                .map(pc -> pc.getClassName())
                .toList();
        if (!sequences.isEmpty()) {
            throw new ModelException("The id generator of " + (entities.isEmpty() ? "some entity" : entities)
                    + " needs the database sequence(s) " + sequences + ", which Strata does not create."
                    + " Generate ids with identity columns instead: @GeneratedValue(strategy = GenerationType.IDENTITY)"
                    + " (or assign ids yourself, e.g. UUIDs).");
        }
    }
}
