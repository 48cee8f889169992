package io.strata.migrations.dialect.internal.postgresql;

import java.util.List;

import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.dialect.internal.ColumnCopies;
import io.strata.migrations.dialect.internal.ColumnCopy;
import io.strata.migrations.schema.ColumnType;

/** A PL/pgSQL function and a {@code BEFORE INSERT OR UPDATE} row trigger per copied column. */
final class PostgreSQLColumnCopies implements ColumnCopies {

    private final Dialect dialect;

    PostgreSQLColumnCopies(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public String convert(String expression, ColumnType type) {
        return ColumnCopies.cast(dialect, expression, type);
    }

    @Override
    public boolean hasTriggers() {
        return true;
    }

    @Override
    public List<String> createTriggers(ColumnCopy copy) {
        String from = dialect.quote(copy.from());
        String to = dialect.quote(copy.to());
        String value = copy.value(this, from);
        String function = dialect.quote(copy.name());
        return List.of("CREATE FUNCTION " + function + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                + " IF TG_OP = 'INSERT' THEN IF NEW." + to + " IS NULL THEN NEW." + to + " := " + value + "; END IF;"
                + " ELSIF NEW." + from + " IS DISTINCT FROM OLD." + from + " THEN NEW." + to + " := " + value + "; END IF;"
                + " RETURN NEW; END $$",
                "CREATE TRIGGER " + function + " BEFORE INSERT OR UPDATE ON " + dialect.quote(copy.table())
                        + " FOR EACH ROW EXECUTE FUNCTION " + function + "()");
    }

    @Override
    public List<String> dropTriggers(ColumnCopy copy) {
        String name = dialect.quote(copy.name());
        return List.of("DROP TRIGGER IF EXISTS " + name + " ON " + dialect.quote(copy.table()),
                "DROP FUNCTION IF EXISTS " + name + "()");
    }
}
