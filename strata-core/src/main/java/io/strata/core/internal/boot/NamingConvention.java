package io.strata.core.internal.boot;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Strata's deterministic constraint names: {@code pk_<table>}, {@code fk_<table>_<columns>_<referred>},
 * {@code uq_<table>_<columns>}, {@code ix_<table>_<columns>}, {@code ck_<table>_<name>}. A name longer
 * than the database allows keeps its start and ends with a stable hash of the whole name.
 */
public final class NamingConvention {

    private static final int HASH_CHARS = 8;

    private final int maxLength;

    /** A convention for a database whose identifiers may be {@code maxLength} characters long. */
    public NamingConvention(int maxLength) {
        if (maxLength < 16) {
            throw new IllegalArgumentException("identifier limit too small: " + maxLength);
        }
        this.maxLength = maxLength;
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

    /** The name, lower-cased, shortened with a stable hash when longer than the limit. */
    public String fit(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.length() <= maxLength) {
            return lower;
        }
        return lower.substring(0, maxLength - HASH_CHARS - 1) + "_" + hash(lower);
    }

    /** A short stable hash of a text (hex, {@value #HASH_CHARS} characters). */
    public static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
