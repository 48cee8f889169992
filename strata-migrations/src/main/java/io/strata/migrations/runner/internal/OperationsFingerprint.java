package io.strata.migrations.runner.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import io.strata.migrations.operations.Execute;
import io.strata.migrations.operations.Operation;

/**
 * A digest of a revision's first operations (their labels, and the SQL of {@code execute}), recorded
 * with its progress so that a resumed run can tell that the operations it skips are the ones that ran.
 */
final class OperationsFingerprint {

    private OperationsFingerprint() {
    }

    /** The SHA-256 (hex) of the first {@code count} operations. */
    static String of(List<Operation> operations, int count) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
        for (Operation op : operations.subList(0, count)) {
            String text = op instanceof Execute execute ? "execute " + execute.sql() : OperationLabel.of(op);
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
