package io.strata.migrations.names;

/** Names of an exact length, for tests of identifier limits. */
public final class LongNames {

    private LongNames() {
    }

    /** {@code prefix} followed by {@code x}s up to {@code length} characters. */
    public static String of(String prefix, int length) {
        if (prefix.length() > length) {
            throw new IllegalArgumentException(prefix + " is longer than " + length);
        }
        return prefix + "x".repeat(length - prefix.length());
    }
}
