package io.strata.migrations.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schema records write their {@code equals} and {@code hashCode} out (for start-up time), so nothing
 * generates them from the components any more: for every record, one variant per component, differing
 * from the base in that component only, must be unequal to it, and a copy made from the base's components
 * must be equal with the same hash. A component added to a record without a variant here fails the count
 * ({@code null}: not variable alone from that base; another base of the record varies it).
 */
class SchemaRecordEqualityTest {

    private static final List<String> ID = List.of("id");
    private static final Column ID_COLUMN = Column.of("id", ColumnType.bigint()).notNull();

    static Stream<Arguments> records() {
        return Stream.of(
                Arguments.of(new ServerDefault("0"), List.of(new ServerDefault("1"))),
                Arguments.of(new CheckConstraint("ck_t", "a > 0"), List.of(
                        new CheckConstraint("ck_u", "a > 0"),
                        new CheckConstraint("ck_t", "a > 1"))),
                Arguments.of(new PrimaryKey("pk_t", ID), List.of(
                        new PrimaryKey("pk_u", ID),
                        new PrimaryKey("pk_t", List.of("other")))),
                Arguments.of(new UniqueConstraint("uq_t_id", ID), List.of(
                        new UniqueConstraint("uq_u_id", ID),
                        new UniqueConstraint("uq_t_id", List.of("other")))),
                Arguments.of(new Index("ix_t_id", ID, false), List.of(
                        new Index("ix_u_id", ID, false),
                        new Index("ix_t_id", List.of("other"), false),
                        new Index("ix_t_id", ID, true))),
                // A type's kind decides which of length, precision and scale it takes: two bases between them vary each.
                Arguments.of(ColumnType.varchar(10), Arrays.asList(ColumnType.binary(10), ColumnType.varchar(11), null, null)),
                Arguments.of(ColumnType.decimal(10, 2), Arrays.asList(null, null, ColumnType.decimal(11, 2),
                        ColumnType.decimal(10, 3))),
                Arguments.of(new Column("a", ColumnType.integer(), true, null, false), List.of(
                        new Column("b", ColumnType.integer(), true, null, false),
                        new Column("a", ColumnType.bigint(), true, null, false),
                        new Column("a", ColumnType.integer(), false, null, false),
                        new Column("a", ColumnType.integer(), true, new ServerDefault("0"), false),
                        new Column("a", ColumnType.integer(), true, null, true))),
                Arguments.of(fk("fk_t", ID, "u", ID, ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION), List.of(
                        fk("fk_v", ID, "u", ID, ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION),
                        fk("fk_t", List.of("other"), "u", ID, ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION),
                        fk("fk_t", ID, "v", ID, ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION),
                        fk("fk_t", ID, "u", List.of("other"), ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION),
                        fk("fk_t", ID, "u", ID, ReferentialAction.CASCADE, ReferentialAction.NO_ACTION),
                        fk("fk_t", ID, "u", ID, ReferentialAction.NO_ACTION, ReferentialAction.CASCADE))),
                Arguments.of(table("t", List.of(ID_COLUMN), null, List.of(), List.of(), List.of(), List.of()), List.of(
                        table("u", List.of(ID_COLUMN), null, List.of(), List.of(), List.of(), List.of()),
                        table("t", List.of(ID_COLUMN, Column.of("a", ColumnType.text())), null, List.of(), List.of(),
                                List.of(), List.of()),
                        table("t", List.of(ID_COLUMN), new PrimaryKey("pk_t", ID), List.of(), List.of(), List.of(), List.of()),
                        table("t", List.of(ID_COLUMN), null,
                                List.of(fk("fk_t", ID, "u", ID, ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION)),
                                List.of(), List.of(), List.of()),
                        table("t", List.of(ID_COLUMN), null, List.of(), List.of(new UniqueConstraint("uq_t_id", ID)),
                                List.of(), List.of()),
                        table("t", List.of(ID_COLUMN), null, List.of(), List.of(), List.of(new Index("ix_t_id", ID, false)),
                                List.of()),
                        table("t", List.of(ID_COLUMN), null, List.of(), List.of(), List.of(),
                                List.of(new CheckConstraint("ck_t", "id > 0"))))));
    }

    @Test
    void everyComponentOfEverySchemaRecordIsVariedByOneOfTheBases() {
        Map<Class<?>, boolean[]> varied = new HashMap<>();
        records().forEach(arguments -> {
            Record base = (Record) arguments.get()[0];
            List<?> variants = (List<?>) arguments.get()[1];
            boolean[] seen = varied.computeIfAbsent(base.getClass(), c -> new boolean[variants.size()]);
            for (int i = 0; i < variants.size(); i++) {
                seen[i] |= variants.get(i) != null;
            }
        });
        List<Class<?>> schemaRecords = List.of(Table.class, Column.class, ColumnType.class, ForeignKey.class, Index.class,
                PrimaryKey.class, UniqueConstraint.class, CheckConstraint.class, ServerDefault.class);
        assertThat(varied.keySet()).containsExactlyInAnyOrderElementsOf(schemaRecords);
        varied.forEach((type, seen) -> {
            for (int i = 0; i < seen.length; i++) {
                assertThat(seen[i]).as("%s's component %d is varied", type.getSimpleName(), i).isTrue();
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void everyComponentTakesPartInEqualityAndAnEqualCopyHashesAlike(Record base, List<Record> variants) throws Exception {
        RecordComponent[] components = base.getClass().getRecordComponents();
        assertThat(variants).as("one variant per component of " + base.getClass().getSimpleName()).hasSize(components.length);
        for (int i = 0; i < components.length; i++) {
            Record variant = variants.get(i);
            if (variant == null) {
                continue;
            }
            for (int j = 0; j < components.length; j++) {
                Object ours = components[j].getAccessor().invoke(base);
                Object theirs = components[j].getAccessor().invoke(variant);
                assertThat(Objects.equals(ours, theirs))
                        .as("variant %d of %s differs in %s only", i, base, components[i].getName())
                        .isEqualTo(i != j);
            }
            assertThat(variant).as("differs in " + components[i].getName()).isNotEqualTo(base);
            assertThat(base).as("differs in " + components[i].getName()).isNotEqualTo(variant);
        }
        Record copy = copyOf(base, components);
        assertThat(copy).isNotSameAs(base).isEqualTo(base);
        assertThat(copy.hashCode()).isEqualTo(base.hashCode());
        assertThat(base).isNotEqualTo(null).isNotEqualTo("not a " + base.getClass().getSimpleName());
    }

    private static Record copyOf(Record base, RecordComponent[] components) throws Exception {
        Class<?>[] types = Stream.of(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Object value = components[i].getAccessor().invoke(base);
            // A fresh list and fresh strings, so that equality cannot rest on identity.
            values[i] = value instanceof List<?> list ? List.copyOf(new ArrayList<>(list))
                    : value instanceof String s ? new String(s) : value;
        }
        Constructor<?> canonical = base.getClass().getDeclaredConstructor(types);
        return (Record) canonical.newInstance(values);
    }

    private static ForeignKey fk(String name, List<String> columns, String referenced, List<String> referencedColumns,
            ReferentialAction onDelete, ReferentialAction onUpdate) {
        return new ForeignKey(name, columns, referenced, referencedColumns, onDelete, onUpdate);
    }

    private static Table table(String name, List<Column> columns, PrimaryKey key, List<ForeignKey> foreignKeys,
            List<UniqueConstraint> uniques, List<Index> indexes, List<CheckConstraint> checks) {
        return new Table(name, columns, key, foreignKeys, uniques, indexes, checks);
    }
}
