package io.strata.core.internal.query;

import io.strata.core.internal.url.DatabaseKind;

/**
 * What the create path of get-or-create needs of one database: whether inserts of one key are
 * serialized ({@link KeyLock}) and how a refused insert is undone ({@link InsertRecovery}).
 *
 * @param keyLock the lock around the create path
 * @param recovery how the transaction survives a duplicate insert
 */
public record CreatePath(KeyLock keyLock, InsertRecovery recovery) {

    /** The create path for a database. */
    public static CreatePath forKind(DatabaseKind kind) {
        return new CreatePath(KeyLock.forKind(kind), InsertRecovery.forKind(kind));
    }
}
