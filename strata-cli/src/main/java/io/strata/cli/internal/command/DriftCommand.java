package io.strata.cli.internal.command;

import java.sql.Connection;
import java.sql.SQLException;

import io.strata.StrataException;
import io.strata.cli.ExitCode;
import io.strata.core.Database;
import io.strata.migrations.diff.DiffOptions;
import io.strata.migrations.diff.Difference;
import io.strata.migrations.diff.SchemaComparison;
import io.strata.migrations.dialect.Dialects;
import io.strata.migrations.inspect.SchemaInspector;
import io.strata.migrations.runner.Migrator;
import io.strata.migrations.schema.Schema;
import picocli.CommandLine.Command;

/** {@code db drift}: compares the live database with the models. */
@Command(name = "drift", mixinStandardHelpOptions = true,
        description = "Compare the live database's tables with the models; exit 1 when they differ. Needs the models.")
public final class DriftCommand extends Subcommand {

    @Override
    public Integer call() {
        try (Database db = settings().withModels(name())) {
            Schema live;
            String dialect;
            try (Connection connection = db.dataSource().getConnection()) {
                dialect = Dialects.forJdbcUrl(connection.getMetaData().getURL()).name();
                live = SchemaInspector.create().excluding(Migrator.DEFAULT_VERSION_TABLE).inspect(connection);
            } catch (SQLException e) {
                throw new StrataException("Reading the database's schema failed: " + e.getMessage(), e);
            }
            DiffOptions options = DiffOptions.defaults().ignoringTables(Migrator.DEFAULT_VERSION_TABLE)
                    .ignoringRepresentationOf(dialect);
            SchemaComparison comparison = SchemaComparison.between(db.modelSchema(), live, options);
            if (comparison.isEmpty()) {
                out().println("No drift: the database matches the models.");
                return ExitCode.OK;
            }
            out().println("The database differs from the models (- only in the models, + only in the database):");
            for (Difference difference : comparison.differences()) {
                out().println("  " + difference);
            }
            return ExitCode.DIFFERENCES;
        }
    }
}
