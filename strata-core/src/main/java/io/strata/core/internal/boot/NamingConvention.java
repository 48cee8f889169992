package io.strata.core.internal.boot;

import java.util.List;

import io.strata.migrations.names.IdentifierLimits;
import io.strata.migrations.names.NameFitting;

/**
 * Strata's deterministic constraint names: {@code pk_<table>}, {@code fk_<table>_<columns>_<referred>},
 * {@code uq_<table>_<columns>}, {@code ix_<table>_<columns>}, {@code ck_<table>_<name>}. A name longer
 * than the limit keeps its start and ends with a stable hash of the whole name, as
 * {@link NameFitting#fit(String, int)} does for hand-written revisions ({@code ops.fitName}).
 * <p>The model schema is dialect-neutral: the same names are created by {@code createAll()} on any
 * database and written by autogenerate whichever URL generates the revision, so the convention uses
 * {@link #portable()}, the smallest limit of the supported databases, rather than one database's own.
 */
public final class NamingConvention {

    private final int maxLength;

    /** A convention for a database whose identifiers may be {@code maxLength} characters long. */
    public NamingConvention(int maxLength) {
        if (maxLength < NameFitting.MIN_LIMIT) {
            throw new IllegalArgumentException("identifier limit too small: " + maxLength);
        }
        this.maxLength = maxLength;
    }

    /** The convention of names every supported database accepts unchanged: {@link IdentifierLimits#smallest()}. */
    public static NamingConvention portable() {
        return new NamingConvention(IdentifierLimits.smallest());
    }

    /** {@code pk_<table>}. */
    public String primaryKey(String table) {
        return fit("pk_" + table);
    }

    /** {@code fk_<table>_<columns>_<referred table>}. */
    public String foreignKey(String table, List<String> columns, String referredTable) {
        return fit("fk_" + table + "_" + String.join("_", columns) + "_" + referredTable);
    }

    /** {@code uq_<table>_<columns>}. */
    public String unique(String table, List<String> columns) {
        return fit("uq_" + table + "_" + String.join("_", columns));
    }

    /** {@code ix_<table>_<columns>}. */
    public String index(String table, List<String> columns) {
        return fit("ix_" + table + "_" + String.join("_", columns));
    }

    /** {@code ck_<table>_<name>}. */
    public String check(String table, String name) {
        return fit("ck_" + table + "_" + name);
    }

    /** The name, lower-cased, shortened with a stable hash when longer than the limit ({@link NameFitting#fit(String, int)}). */
    public String fit(String name) {
        return NameFitting.fit(name, maxLength);
    }
}
