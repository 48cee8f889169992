package io.strata.migrations.diff.internal;

import java.util.Optional;

import io.strata.migrations.operations.AlterColumn;
import io.strata.migrations.operations.DropColumn;
import io.strata.migrations.operations.DropTable;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.Schema;

/** What data an operation can destroy, said in a sentence that names the table and column. */
public final class DataLoss {

    private DataLoss() {
    }

    /** The loss the operation can cause when applied to {@code before}, if any. */
    public static Optional<String> of(Operation op, Schema before) {
        if (op instanceof DropTable drop) {
            return Optional.of("drops table " + drop.name() + " and every row in it");
        }
        if (op instanceof DropColumn drop) {
            return Optional.of("drops column " + drop.table() + "." + drop.column() + " and every value in it");
        }
        if (op instanceof AlterColumn alter && alter.type() != null) {
            Column existing = alter.existing() != null ? alter.existing()
                    : before.table(alter.table()).flatMap(t -> t.column(alter.column())).orElse(null);
            String column = alter.table() + "." + alter.column();
            if (existing == null) {
                return Optional.of("changes the type of column " + column + " to " + alter.type()
                        + "; values that do not convert are lost or rejected");
            }
            if (TypeNarrowing.isNarrowing(existing.type(), alter.type())) {
                return Optional.of("narrows column " + column + " from " + existing.type() + " to " + alter.type()
                        + "; values that do not fit are cut or rejected");
            }
        }
        return Optional.empty();
    }
}
