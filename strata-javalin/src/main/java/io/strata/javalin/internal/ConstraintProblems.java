package io.strata.javalin.internal;

import java.util.List;
import java.util.Optional;

import org.hibernate.PropertyValueException;

import io.strata.core.ConstraintViolation;
import io.strata.core.ConstraintViolations;
import io.strata.core.Database;

/**
 * A constraint that refused a request's work, as the client's problem: a taken unique value is a 409
 * naming the entity's attribute, a missing NOT NULL value (Hibernate's check or the database's) and a
 * CHECK a 400, a foreign key a 409.
 */
final class ConstraintProblems {

    private final Database database;
    private volatile EntityColumns columns;

    ConstraintProblems(Database database) {
        this.database = database;
    }

    /** The problem, when a constraint refused {@code failure}'s work. */
    Optional<Problem> of(Throwable failure) {
        Optional<ConstraintViolation> violation = ConstraintViolations.find(failure);
        if (violation.isPresent()) {
            return Optional.of(of(violation.get()));
        }
        PropertyValueException missing = Problems.find(failure, PropertyValueException.class);
        if (missing != null) {
            return Optional.of(Problem.missingValue(missing.getPropertyName(), "Field '" + missing.getPropertyName()
                    + "' is required: a " + simpleName(missing.getEntityName()) + " needs a value there."));
        }
        return Optional.empty();
    }

    private Problem of(ConstraintViolation violation) {
        Optional<EntityColumns.Table> table = columns().tableOf(violation);
        List<String> fields = table.map(t -> EntityColumns.columnsOf(violation, t).stream().map(t::attribute).toList())
                .orElse(violation.columns());
        String field = fields.size() == 1 ? fields.get(0) : null;
        String entity = table.map(EntityColumns.Table::entity).orElse("row");
        String constraint = violation.constraint() == null ? "" : " (" + violation.constraint() + ")";
        return switch (violation.kind()) {
            case UNIQUE -> Problem.duplicateValue(field, "The change conflicts with existing data: another " + entity
                    + (fields.isEmpty() ? " has the same value, which must be unique" + constraint
                            : " has the same " + String.join(" and ", fields) + ", which must be unique") + ".");
            case NOT_NULL -> Problem.missingValue(field, (field == null ? "A required value is missing"
                    : "Field '" + field + "' is required: a " + entity + " needs a value there") + ".");
            case CHECK -> Problem.invalidValue(field, "A value is not allowed: the " + entity + " breaks the rule "
                    + (violation.constraint() == null ? "of its table" : violation.constraint()) + ".");
            case FOREIGN_KEY -> Problem.conflict("The change conflicts with existing data: it refers to a row that does"
                    + " not exist, or rows still refer to the one it changes" + constraint + ".").withField(field);
            case OTHER -> Problem.conflict("The change conflicts with existing data" + constraint + ".");
        };
    }

    private EntityColumns columns() {
        EntityColumns known = columns;
        if (known == null) {
            known = EntityColumns.of(database);
            columns = known;
        }
        return known;
    }

    private static String simpleName(String entityName) {
        return entityName == null ? "row" : entityName.substring(entityName.lastIndexOf('.') + 1);
    }
}
