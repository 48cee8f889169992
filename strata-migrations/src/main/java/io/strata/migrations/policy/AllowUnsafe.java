package io.strata.migrations.policy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets every operation of a revision's upgrade trip one rule of the policy gate ({@code db check --policy}),
 * with the reason it is safe anyway, which the gate's report shows; repeat it for several rules. For one
 * operation only, use {@link io.strata.migrations.operations.Ops#allowUnsafe} instead.
 *
 * <pre>{@code
 * @Revision(id = "c3d4e5f6a7b8", parents = "b2c3d4e5f6a7", message = "index book titles")
 * @AllowUnsafe(rule = "blocking", reason = "book holds 300 rows; the index builds in milliseconds")
 * public final class IndexBookTitles implements Migration { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(AllowUnsafe.List.class)
public @interface AllowUnsafe {

    /** The id of the rule allowed, e.g. {@code blocking} (see {@link Policy#ruleIds()}). */
    String rule();

    /** Why the revision is safe on your data despite the rule (required, never blank). */
    String reason();

    /** The container of repeated {@link AllowUnsafe} annotations. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {

        /** The annotations. */
        AllowUnsafe[] value();
    }
}
