package io.strata.core.internal.database.mariadb;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.function.Supplier;

import org.hibernate.Session;

import io.strata.core.CreateConflictException;
import io.strata.core.internal.query.EntityModel;
import io.strata.core.internal.query.KeyLock;
import io.strata.migrations.names.NameFitting;

/**
 * MariaDB's {@code GET_LOCK} on a name derived from the entity and the filter values, held while one
 * get-or-create call inserts.
 *
 * <p>On InnoDB a failed duplicate insert leaves a shared lock on the existing row that the rollback of
 * the failed statement does not release; two callers holding it that then update the row deadlock,
 * and InnoDB rolls back their whole transactions. The named lock lets at most one caller at a time
 * reach that state.
 */
final class MariaDBKeyLock implements KeyLock {

    private static final int TIMEOUT_SECONDS = 30;

    @Override
    public <R> R around(Session session, EntityModel<?> model, Map<String, ?> filter, Supplier<R> work) {
        String name = "strata:" + NameFitting.hash(model.type().getName() + EntityModel.ordered(filter));
        Integer got = session.doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT GET_LOCK(?, ?)")) {
                ps.setString(1, name);
                ps.setInt(2, TIMEOUT_SECONDS);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    int value = rs.getInt(1);
                    return rs.wasNull() ? null : value;
                }
            }
        });
        if (got == null || got != 1) {
            throw new CreateConflictException(model.type(), filter, "Timed out after " + TIMEOUT_SECONDS + " s waiting for another transaction"
                    + " creating a " + model.type().getSimpleName() + " for " + filter + ". Keep transactions that"
                    + " create rows short, and commit them.");
        }
        try {
            return work.get();
        } finally {
            session.doWork(c -> {
                try (PreparedStatement ps = c.prepareStatement("DO RELEASE_LOCK(?)")) {
                    ps.setString(1, name);
                    ps.execute();
                }
            });
        }
    }
}
