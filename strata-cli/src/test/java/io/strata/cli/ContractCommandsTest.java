package io.strata.cli;

import static io.strata.cli.testing.CliRun.db;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.cli.testing.CliRun.Result;
import io.strata.core.Database;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/** upgrade, sync and status stop before a contract revision (exit 0) until {@code db upgrade --contract}, on each database. */
class ContractCommandsTest {

    private static final String MIGRATIONS = "io.strata.cli.test.contract";
    private static final String EXPAND = "k2c0ffee0002";
    private static final String CONTRACT = "k3c0ffee0003";

    @AfterEach
    void clearSetting() {
        System.clearProperty(Database.ENV_CONTRACT);
        System.clearProperty("DB_EXPAND_CONTRACT");
    }

    @ParameterizedTest
    @Databases
    void upgradeStopsBeforeTheContractRevisionUntilAskedWithContract(DbKind kind, TestDatabase database) {
        try (database) {
            String url = database.url();
            Result upgrade = db("upgrade", "--url", url, "--migrations", MIGRATIONS);
            assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
            assertThat(upgrade.lines()).hasSize(4);
            assertThat(upgrade.lines().get(2)).startsWith("Upgraded to " + EXPAND + " (2 revisions");
            assertThat(upgrade.lines().get(3)).isEqualTo("Stopped before contract revision " + CONTRACT
                    + " (note to label (contract)): run 'db upgrade --contract' once no replica runs code older than its"
                    + " expand revision.");

            Result status = db("status", "--url", url, "--migrations", MIGRATIONS);
            assertThat(status.exitCode()).as(status.toString()).isEqualTo(ExitCode.OK);
            assertThat(status.lines()).startsWith("status: CONTRACT_PENDING", "current: " + EXPAND, "latest: " + CONTRACT,
                    "pending: 1 revision");
            assertThat(status.out()).contains("db upgrade --contract");

            Result sync = db("sync", "--url", url, "--migrations", MIGRATIONS);
            assertThat(sync.exitCode()).as(sync.toString()).isZero();
            assertThat(sync.lines()).first().isEqualTo("CONTRACT_PENDING");
            assertThat(sync.lines()).last().isEqualTo("current: " + EXPAND);

            Result again = db("upgrade", "--url", url, "--migrations", MIGRATIONS);
            assertThat(again.lines()).containsExactly("The database is at " + EXPAND + ".", upgrade.lines().get(3));

            Result contract = db("upgrade", "--contract", "--url", url, "--migrations", MIGRATIONS);
            assertThat(contract.exitCode()).as(contract.toString()).isZero();
            assertThat(contract.lines().get(0)).matches("Running upgrade " + EXPAND + " -> " + CONTRACT
                    + ", note to label \\(contract\\) \\.\\.\\. \\d+ ms");
            assertThat(db("status", "--url", url, "--migrations", MIGRATIONS).lines()).first().isEqualTo("status: UP_TO_DATE");

            Result down = db("downgrade", "base", "--url", url, "--migrations", MIGRATIONS);
            assertThat(down.exitCode()).as(down.toString()).isZero();
            System.setProperty(Database.ENV_CONTRACT, "auto");
            Result auto = db("upgrade", "--url", url, "--migrations", MIGRATIONS);
            assertThat(auto.lines()).last().asString().startsWith("Upgraded to " + CONTRACT + " (3 revisions");
        }
    }

    @ParameterizedTest
    @Databases({DbKind.POSTGRESQL})
    void offlineSqlStopsBeforeTheContractRevisionUnlessGivenContract(DbKind kind, TestDatabase database) {
        try (database) {
            Result stopped = db("upgrade", "k1c0ffee0001:heads", "--sql", "--url", database.url(), "--migrations", MIGRATIONS);
            assertThat(stopped.out()).contains("ADD COLUMN label", "-- Stopped before contract revision " + CONTRACT)
                    .doesNotContain("DROP COLUMN note");
            Result all = db("upgrade", "k1c0ffee0001:heads", "--sql", "--contract", "--url", database.url(),
                    "--migrations", MIGRATIONS);
            assertThat(all.out()).contains("DROP COLUMN note").doesNotContain("Stopped before");
        }
    }

    @ParameterizedTest
    @Databases({DbKind.SQLITE})
    void aBadContractModeIsRefusedNamingTheSetting(DbKind kind, TestDatabase database) {
        try (database) {
            System.setProperty(Database.ENV_CONTRACT, "sometimes");
            Result refused = db("upgrade", "--url", database.url(), "--migrations", MIGRATIONS);
            assertThat(refused.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(refused.problem()).contains(Database.ENV_CONTRACT, "'sometimes'", "manual", "auto");
        }
    }

    @ParameterizedTest
    @Databases({DbKind.SQLITE, DbKind.POSTGRESQL})
    void migrateExpandContractWritesTheBreakingPartAsAContractRevision(DbKind kind, TestDatabase database, @TempDir Path sources)
            throws Exception {
        try (database) {
            // The revisions create author and book; these models have volume instead of book.
            Result migrate = db("migrate", "-m", "volumes", "--expand-contract", "--url", database.url(),
                    "--models", "io.strata.cli.test.renamed", "--migrations", Fixtures.MIGRATIONS,
                    "--source-dir", sources.toString());
            assertThat(migrate.exitCode()).as(migrate.toString()).isZero();
            List<String> written = migrate.lines().stream().filter(l -> l.startsWith("Revision ")).toList();
            assertThat(written).hasSize(2);
            assertThat(written.get(1)).contains(" after " + written.get(0).split(" ")[1]);
            assertThat(migrate.out()).contains("once no replica of the previous code serves, run: db upgrade --contract");
            String expand = Files.readString(Path.of(written.get(0).substring(written.get(0).indexOf(" written to ") + 12)));
            String contract = Files.readString(Path.of(written.get(1).substring(written.get(1).indexOf(" written to ") + 12)));
            assertThat(expand).contains("message = \"volumes (expand)\"", "ops.createTable(\"volume\"",
                    "parents = {\"" + Fixtures.R2 + "\"}").doesNotContain("dropTable(\"book\")");
            assertThat(contract).contains("message = \"volumes (contract)\"", "contract = \"drops table book\"",
                    "ops.dropTable(\"book\")");
        }
    }

    @ParameterizedTest
    @Databases({DbKind.SQLITE})
    void dbExpandContractMakesItTheDefaultAndNoExpandContractTurnsItOff(DbKind kind, TestDatabase database,
            @TempDir Path sources) {
        try (database) {
            String[] config = {"--url", database.url(), "--models", "io.strata.cli.test.renamed",
                "--migrations", Fixtures.MIGRATIONS, "--source-dir", sources.toString()};
            System.setProperty("DB_EXPAND_CONTRACT", "true");
            Result off = db(ModelCommandsTest.concat(new String[] {"migrate", "-m", "one", "--no-expand-contract"}, config));
            assertThat(off.lines().stream().filter(l -> l.startsWith("Revision "))).as(off.toString()).hasSize(1);
            Result pair = db(ModelCommandsTest.concat(new String[] {"migrate", "-m", "two"}, config));
            assertThat(pair.lines().stream().filter(l -> l.startsWith("Revision "))).as(pair.toString()).hasSize(2);
        }
    }
}
