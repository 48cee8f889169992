package io.strata.migrations.revision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

import io.strata.ErrorKind;
import io.strata.migrations.graph.RevisionGraphException;
import io.strata.migrations.names.IdentifierViolation;
import io.strata.migrations.names.NameFitting;

/**
 * A revision gives a table, column, index or constraint a name longer than a database accepts;
 * thrown when the revisions load (against the smallest limit of the supported databases) and before a
 * revision's SQL is run or written for one database (against that database's limit).
 */
public class IdentifierTooLongException extends RevisionGraphException {

    private static final long serialVersionUID = 1L;

    private final String revisionId;
    private final transient List<IdentifierViolation> violations;

    /** Creates the error for this revision (id and defining class) and what it names too long (at least one). */
    public IdentifierTooLongException(String revisionId, String source, List<IdentifierViolation> violations) {
        super(ErrorKind.REVISION, message(revisionId, source, violations));
        this.revisionId = revisionId;
        this.violations = List.copyOf(violations);
    }

    private static String message(String revisionId, String source, List<IdentifierViolation> violations) {
        IdentifierViolation first = violations.get(0);
        int limit = violations.stream().mapToInt(IdentifierViolation::limit).min().orElseThrow();
        return "Revision " + revisionId + " (" + source + ") names something longer than a database accepts: "
                + violations.stream().collect(Collectors.groupingBy(IdentifierViolation::subject, LinkedHashMap::new,
                        Collectors.mapping(IdentifierViolation::limitText, Collectors.joining(" and "))))
                        .entrySet().stream().map(e -> e.getKey() + ", longer than " + e.getValue())
                        .collect(Collectors.joining("; "))
                + ". Shorten the name to at most " + limit + " characters, or fit it as autogenerate does with ops.fitName(\""
                + first.identifier() + "\"), which gives '" + NameFitting.fit(first.identifier()) + "'.";
    }

    /** The revision at fault. */
    public String revisionId() {
        return revisionId;
    }

    /** Each name and database that refuses it. */
    public List<IdentifierViolation> violations() {
        return violations;
    }
}
