package io.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.strata.DatabaseAccessException;
import io.strata.ErrorKind;
import io.strata.StrataException;
import io.strata.cli.internal.Errors;
import io.strata.core.ConfigurationException;
import io.strata.core.DatabaseUnreachableException;
import io.strata.core.MissingDriverException;
import io.strata.core.ModelException;
import io.strata.migrations.diff.RenameHintException;
import io.strata.migrations.dialect.UnknownDialectException;
import io.strata.migrations.dialect.UnsupportedByDialectException;
import io.strata.migrations.graph.AmbiguousRevisionException;
import io.strata.migrations.graph.AmbiguousTargetException;
import io.strata.migrations.graph.InvalidTargetException;
import io.strata.migrations.graph.MissingParentException;
import io.strata.migrations.graph.MultipleHeadsException;
import io.strata.migrations.graph.RevisionOutOfRangeException;
import io.strata.migrations.graph.UnknownRevisionException;
import io.strata.migrations.runner.LockTimeoutException;
import io.strata.migrations.runner.MigrationException;
import io.strata.migrations.writer.RevisionWriteException;

/** The exit code follows the error's kind, and stays the documented one for each error a command reports. */
class ExitCodeTest {

    @Test
    void everyKindHasOneOfTheDocumentedErrorCodes() {
        for (ErrorKind kind : ErrorKind.values()) {
            assertThat(ExitCode.of(kind)).as(kind.name())
                    .isIn(ExitCode.USAGE, ExitCode.UNREACHABLE, ExitCode.MIGRATION_FAILED, ExitCode.ERROR,
                            ExitCode.MISSING_DRIVER);
        }
    }

    @Test
    void usageErrorsExitWith2() {
        List<StrataException> usage = List.of(new ConfigurationException("url", "bad"),
                new UnknownRevisionException("abc"), new InvalidTargetException("x", "bad"),
                new AmbiguousRevisionException("a", List.of("a1", "a2")),
                new AmbiguousTargetException("head", "fork", List.of("a", "b"), "fix"),
                new RevisionOutOfRangeException("+3", "base", 3, 1), new RenameHintException("a=b", "bad"),
                new UnknownDialectException("name", "oracle", List.of("sqlite")));
        assertThat(usage).allSatisfy(e -> assertThat(Errors.exitCode(e)).as(e.getClass().getSimpleName())
                .isEqualTo(ExitCode.USAGE));
    }

    @Test
    void aMissingDriverHasItsOwnCodeNotUnreachable() {
        assertThat(Errors.exitCode(new MissingDriverException("postgresql", "org.postgresql:postgresql", "none", null)))
                .isEqualTo(ExitCode.MISSING_DRIVER).isNotEqualTo(ExitCode.UNREACHABLE);
    }

    @Test
    void severalHeadsAreNotAUsageErrorButNeedAMergeFirst() {
        assertThat(Errors.exitCode(new MultipleHeadsException(List.of("a", "b"), "head"))).isEqualTo(ExitCode.ERROR);
    }

    @Test
    void anUnreachableDatabaseExitsWith3WhateverFailedOnTopOfIt() {
        SQLException refused = new SQLException("Connection refused", "08001");
        assertThat(Errors.exitCode(new DatabaseUnreachableException("h:5432/d", "down", refused)))
                .isEqualTo(ExitCode.UNREACHABLE);
        assertThat(Errors.exitCode(new MigrationException("upgrade failed", refused))).isEqualTo(ExitCode.UNREACHABLE);
        assertThat(Errors.exitCode(new DatabaseAccessException("read failed",
                new DatabaseUnreachableException("h:5432/d", "down", null)))).isEqualTo(ExitCode.UNREACHABLE);
    }

    @Test
    void migrationFailuresExitWith4() {
        assertThat(Errors.exitCode(new MigrationException("failed"))).isEqualTo(ExitCode.MIGRATION_FAILED);
        assertThat(Errors.exitCode(new LockTimeoutException("strata", Duration.ofSeconds(1))))
                .isEqualTo(ExitCode.MIGRATION_FAILED);
    }

    @Test
    void otherErrorsExitWith5() {
        List<RuntimeException> other = List.of(new ModelException("no entities"),
                new MissingParentException("b", "a"), new UnsupportedByDialectException("sqlite", "no"),
                new RevisionWriteException(Path.of("r.java"), "exists", null),
                new DatabaseAccessException("read failed", new SQLException("syntax", "42000")),
                new IllegalStateException("a bug"));
        assertThat(other).allSatisfy(e -> assertThat(Errors.exitCode(e)).as(e.getClass().getSimpleName())
                .isEqualTo(ExitCode.ERROR));
    }

    @Test
    void anExceptionKeepsTheFieldsUsersRead() {
        MultipleHeadsException heads = new MultipleHeadsException(List.of("a", "b"), "head");
        assertThat(heads.heads()).containsExactly("a", "b");
        assertThat(heads.kind()).isEqualTo(ErrorKind.CONFLICT);
        assertThat(new ConfigurationException("url", "bad").setting()).isEqualTo("url");
        assertThat(new UnknownRevisionException("abc").identifier()).isEqualTo("abc");
    }
}
