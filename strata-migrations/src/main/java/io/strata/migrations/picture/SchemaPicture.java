package io.strata.migrations.picture;

import java.util.Objects;

import io.strata.migrations.picture.internal.DotSchema;
import io.strata.migrations.picture.internal.MermaidSchema;
import io.strata.migrations.picture.internal.SchemaView;
import io.strata.migrations.picture.internal.SvgSchema;
import io.strata.migrations.schema.Schema;

/**
 * An entity-relationship picture of a schema: each table with its columns, their neutral types and
 * PK/FK/UK markers, and one relationship per foreign key with its cardinality (a nullable foreign key
 * is zero-or-one on the referenced side; a unique one makes the relationship one-to-one). Immutable.
 *
 * <pre>{@code
 * String erd = SchemaPicture.of(revisions.schemaAt("c3d4e5f6a7b8")).render(PictureFormat.MERMAID);
 * }</pre>
 */
public final class SchemaPicture {

    private final Schema schema;

    private SchemaPicture(Schema schema) {
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    /** A picture of this schema. */
    public static SchemaPicture of(Schema schema) {
        return new SchemaPicture(schema);
    }

    /** The picture as text in this format. */
    public String render(PictureFormat format) {
        SchemaView view = SchemaView.of(schema);
        return switch (format) {
            case MERMAID -> MermaidSchema.render(view);
            case DOT -> DotSchema.render(view);
            case SVG -> SvgSchema.render(view);
        };
    }
}
