package io.strata.migrations.writer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What {@link RevisionWriter#expandContract} writes: the expand revision, and the contract revision that
 * follows it when the change breaks replicas running older code.
 *
 * @param expand the compatible revision (a plain one when nothing breaks)
 * @param contract the breaking revision, marked {@code contract = "…"}, if any
 */
public record ExpandContractRevisions(RevisionSource expand, Optional<RevisionSource> contract) {

    /** Requires the expand revision. */
    public ExpandContractRevisions {
        Objects.requireNonNull(expand, "expand");
        Objects.requireNonNull(contract, "contract");
    }

    /** The revisions in the order they run. */
    public List<RevisionSource> all() {
        return Stream.concat(Stream.of(expand), contract.stream()).toList();
    }
}
