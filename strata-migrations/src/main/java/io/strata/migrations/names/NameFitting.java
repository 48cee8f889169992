package io.strata.migrations.names;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Shortens a name to a database's identifier limit the way Strata's naming convention does: lower
 * case, and when still too long, its start followed by {@code _} and a stable hash of the whole name.
 *
 * <pre>{@code
 * NameFitting.fit("fk_order_line_items_customer_shipping_address_id_customer_shipping_addresses");
 * // fk_order_line_items_customer_shipping_address_id_custo_fecd7f0c (63 characters)
 * }</pre>
 */
public final class NameFitting {

    /** How many hex characters of the hash end a shortened name. */
    public static final int HASH_CHARS = 8;

    /** The smallest limit {@link #fit(String, int)} accepts: room for a prefix, {@code _} and the hash. */
    public static final int MIN_LIMIT = 16;

    private NameFitting() {
    }

    /** The name fitted to the smallest limit among the supported databases ({@link IdentifierLimits#smallest()}). */
    public static String fit(String name) {
        return fit(name, IdentifierLimits.smallest());
    }

    /**
     * The name, lower-cased, and shortened to {@code limit} characters with a stable hash of the whole
     * (lower-cased) name when it is longer. A name that fits is returned lower-cased only, so fitting
     * a fitted name gives it back.
     *
     * @throws IllegalArgumentException for a blank name or a limit below {@value #MIN_LIMIT}
     */
    public static String fit(String name, int limit) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a name to fit is required");
        }
        if (limit < MIN_LIMIT) {
            throw new IllegalArgumentException("identifier limit too small: " + limit + " (at least " + MIN_LIMIT + ")");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.length() <= limit) {
            return lower;
        }
        return lower.substring(0, limit - HASH_CHARS - 1) + "_" + hash(lower);
    }

    /** A short stable hash of a text: the first {@value #HASH_CHARS} hex characters of its SHA-256. */
    public static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
