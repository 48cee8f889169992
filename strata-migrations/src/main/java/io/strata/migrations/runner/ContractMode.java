package io.strata.migrations.runner;

/**
 * Whether {@link Migrator#sync} and {@link Migrator#upgrade} run contract revisions
 * ({@link io.strata.migrations.revision.Revision#contract()}): the breaking half of an expand/contract
 * change, which must wait until no replica runs code that still uses what it removes.
 */
public enum ContractMode {
    /**
     * The default: sync and upgrade stop before the first pending contract revision; the operator runs
     * it with {@code db upgrade --contract} ({@link Migrator#upgradeWithContracts}) once the old
     * replicas are gone. Replicas at the revision before it are ready.
     */
    MANUAL,
    /** Contract revisions run like any other ({@code DB_CONTRACT=auto}): for teams that deploy with downtime. */
    AUTO;

    /**
     * The mode named by a setting's value, {@code manual} or {@code auto} (any case).
     *
     * @throws IllegalArgumentException naming the value and the valid ones
     */
    public static ContractMode parse(String value) {
        String name = value == null ? "" : value.strip();
        for (ContractMode mode : values()) {
            if (mode.name().equalsIgnoreCase(name)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not a contract mode: use manual (contract revisions run"
                + " only with db upgrade --contract) or auto (they run with the others)");
    }
}
