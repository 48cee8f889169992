package io.strata.migrations.revision;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a {@link Migration} class as a revision: its id, the revisions it follows and what it is
 * for. Discovered by {@link RevisionSet#scan(String)}.
 *
 * <pre>{@code
 * @Revision(id = "c3d4e5f6a7b8", parents = {"a1b2c3d4e5f6", "b2c3d4e5f6a7"}, message = "merge heads",
 *         created = "2025-02-01T09:00:00Z")
 * @Revision(id = "d4e5f6a7b8c9", parents = "c3d4e5f6a7b8", message = "backfill slugs",
 *         compatible = "fills a nullable column old code ignores")
 * @Revision(id = "e5f6a7b8c9d0", parents = "d4e5f6a7b8c9", message = "rename book.title to name (contract)",
 *         contract = "column book.title (renamed to name)")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {

    /** The revision id: letters, digits and {@code _}, unique among the revisions. */
    String id();

    /** The ids this revision follows: none for the first revision, several for a merge. */
    String[] parents() default {};

    /** What the revision does, in a few words ({@code -m} of {@code db migrate}). */
    String message() default "";

    /** When the revision was written, as ISO-8601 ({@code 2025-01-14T10:22:31Z} or {@code 2025-01-14}); may be empty. */
    String created() default "";

    /** Branch labels this revision starts, usable in targets as {@code label@head}. */
    String[] branchLabels() default {};

    /**
     * Declares the revision compatible with code that does not know it, overriding Strata's verdict
     * (e.g. for SQL it cannot judge); the value is the reason, recorded with the revision.
     */
    String compatible() default "";

    /** Declares the revision breaking, overriding Strata's verdict; the value is the reason. */
    String breaking() default "";

    /**
     * Marks the revision as the <em>contract</em> half of an expand/contract change; the value says what
     * replicas must no longer use once it runs (e.g. {@code "column book.title (renamed to name)"}). A
     * contract revision is breaking by definition. {@code sync()} and {@code db upgrade} stop before the
     * first pending one until the operator runs {@code db upgrade --contract} (or sets
     * {@code DB_CONTRACT=auto}); a database with no version yet is built whole.
     */
    String contract() default "";
}
