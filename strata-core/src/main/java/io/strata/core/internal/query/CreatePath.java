package io.strata.core.internal.query;

/**
 * What the create path of get-or-create needs of one database (its
 * {@link io.strata.core.internal.database.DatabaseType#createPath()}): whether inserts of one key are
 * serialized ({@link KeyLock}) and how a refused insert is undone ({@link InsertRecovery}).
 *
 * @param keyLock the lock around the create path
 * @param recovery how the transaction survives a duplicate insert
 */
public record CreatePath(KeyLock keyLock, InsertRecovery recovery) {
}
