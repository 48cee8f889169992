package io.strata.migrations.runner;

/** What a {@link MigrationResult} is the result of. */
public enum MigrationCommand {
    /** {@link Migrator#upgrade(String)}. */
    UPGRADE,
    /** {@link Migrator#downgrade(String)}. */
    DOWNGRADE,
    /** {@link Migrator#stamp(String)}. */
    STAMP,
    /** {@link Migrator#create}: missing tables created, heads stamped. */
    CREATE
}
