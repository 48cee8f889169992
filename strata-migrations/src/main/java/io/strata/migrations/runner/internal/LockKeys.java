package io.strata.migrations.runner.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Stable lock keys derived from names (the same in every process and release). */
public final class LockKeys {

    private LockKeys() {
    }

    /** The first 8 bytes of the SHA-256 of the name, as a signed 64-bit number. */
    public static long bigint(String name) {
        byte[] hash = sha256(name);
        long key = 0;
        for (int i = 0; i < 8; i++) {
            key = (key << 8) | (hash[i] & 0xff);
        }
        return key;
    }

    /** The name itself when at most {@code max} characters, else a prefix and a hex hash that fit. */
    public static String fit(String name, int max) {
        if (name.length() <= max) {
            return name;
        }
        String hex = Long.toHexString(bigint(name));
        return name.substring(0, max - hex.length() - 1) + "~" + hex;
    }

    private static byte[] sha256(String name) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
