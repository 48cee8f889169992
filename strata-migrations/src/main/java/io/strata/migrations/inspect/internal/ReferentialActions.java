package io.strata.migrations.inspect.internal;

import java.util.Locale;

import io.strata.migrations.schema.ReferentialAction;

/** Referential actions as the SQL standard's catalogs spell them ({@code SET NULL}, {@code CASCADE}, …). */
public final class ReferentialActions {

    private ReferentialActions() {
    }

    /** The action a rule names, in any case; anything else (e.g. {@code NO ACTION}) is {@link ReferentialAction#NO_ACTION}. */
    public static ReferentialAction fromRule(String rule) {
        return switch (rule.toUpperCase(Locale.ROOT)) {
            case "RESTRICT" -> ReferentialAction.RESTRICT;
            case "CASCADE" -> ReferentialAction.CASCADE;
            case "SET NULL" -> ReferentialAction.SET_NULL;
            case "SET DEFAULT" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }
}
