package io.strata.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.core.test.mapping.Account;
import io.strata.core.test.mapping.Address;
import io.strata.core.test.mapping.Car;
import io.strata.core.test.mapping.Customer;
import io.strata.core.test.mapping.Kinds;
import io.strata.core.test.mapping.Note;
import io.strata.core.test.mapping.Purchase;
import io.strata.core.test.mapping.PurchaseLine;
import io.strata.core.test.mapping.SavingsAccount;
import io.strata.core.test.mapping.Status;
import io.strata.core.test.mapping.Tag;
import io.strata.core.test.mapping.Tier;
import io.strata.core.test.mapping.Truck;
import io.strata.core.test.mapping.Vehicle;
import io.strata.migrations.diff.DiffOptions;
import io.strata.migrations.diff.SchemaComparison;
import io.strata.migrations.inspect.SchemaInspector;
import io.strata.migrations.schema.CheckConstraint;
import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.ColumnType;
import io.strata.migrations.schema.ForeignKey;
import io.strata.migrations.schema.Index;
import io.strata.migrations.schema.PrimaryKey;
import io.strata.migrations.schema.ReferentialAction;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.ServerDefault;
import io.strata.migrations.schema.Table;
import io.strata.migrations.schema.UniqueConstraint;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/** The models' neutral schema: every mapping feature, the same on every database, created exactly. */
class ModelSchemaTest {

    static final String MAPPING = "io.strata.core.test.mapping";

    @Test
    void theModelSchemaIsTheSameWhicheverDatabaseTheModelsAreBootedFor() {
        Schema sqlite = modelSchema("sqlite://");
        for (String url : List.of("h2:mem:same", "postgresql://u:pw@127.0.0.1:1/none", "mariadb://u:pw@127.0.0.1:1/none")) {
            Schema other = modelSchema(url);
            assertThat(SchemaComparison.between(sqlite, other).report()).as(url).isEmpty();
            assertThat(other).as(url).isEqualTo(sqlite);
        }
    }

    @Test
    void everyMappingFeatureHasItsNeutralForm() {
        Schema schema = modelSchema("sqlite://");
        Table customer = schema.table("customer").orElseThrow();
        assertThat(customer.primaryKey()).isEqualTo(new PrimaryKey("pk_customer", List.of("id")));
        assertThat(customer.column("id").orElseThrow().autoIncrement()).isTrue();
        assertThat(customer.column("email").orElseThrow()).isEqualTo(Column.of("email", ColumnType.varchar(120)).notNull());
        // embeddables are flattened; overrides rename their columns
        assertThat(customer.column("street").orElseThrow().type()).isEqualTo(ColumnType.varchar(100));
        assertThat(customer.column("billing_postcode").orElseThrow().type()).isEqualTo(ColumnType.varchar(10));
        // STRING enums are varchar of the declared length (255 by default), ORDINAL ones smallint; each has its values' check
        assertThat(customer.column("tier").orElseThrow().type()).isEqualTo(ColumnType.varchar(12));
        assertThat(customer.column("default_tier").orElseThrow().type()).isEqualTo(ColumnType.varchar(255));
        assertThat(customer.column("status").orElseThrow().type()).isEqualTo(ColumnType.smallint());
        assertThat(customer.column("balance").orElseThrow().type()).isEqualTo(ColumnType.decimal(12, 2));
        assertThat(customer.column("active").orElseThrow())
                .isEqualTo(Column.of("active", ColumnType.bool()).notNull().withDefault(ServerDefault.expression("true")));
        assertThat(customer.column("locale").orElseThrow().serverDefault()).isEqualTo(ServerDefault.expression("'en'"));
        assertThat(customer.checks()).containsExactlyInAnyOrder(
                new CheckConstraint("ck_customer_balance_positive", "balance >= 0"),
                new CheckConstraint("ck_customer_loyalty_points", "loyalty_points >= 0"),
                new CheckConstraint("ck_customer_tier", "tier IN ('BRONZE', 'SILVER', 'GOLD', 'PLATINUM')"),
                new CheckConstraint("ck_customer_default_tier", "default_tier IN ('BRONZE', 'SILVER', 'GOLD', 'PLATINUM')"),
                new CheckConstraint("ck_customer_status", "status BETWEEN 0 AND 2"));
        assertThat(customer.uniqueConstraints()).extracting(UniqueConstraint::name)
                .containsExactlyInAnyOrder("uq_customer_email", "uq_customer_first_name_last_name", "uq_customer_billing");
        assertThat(customer.indexes()).containsExactlyInAnyOrder(
                new Index("ix_customer_last_name_first_name", List.of("last_name", "first_name"), false),
                new Index("ix_customer_by_city", List.of("city"), false));

        // enums stored through a converter or @EnumeratedValue imply no check
        assertThat(schema.table("parcel").orElseThrow().checks()).isEmpty();

        Table purchase = schema.table("purchase").orElseThrow();
        assertThat(purchase.foreignKeys()).containsExactly(new ForeignKey("fk_purchase_customer_id_customer",
                List.of("customer_id"), "customer", List.of("id"), ReferentialAction.CASCADE, ReferentialAction.NO_ACTION));
        assertThat(purchase.column("placed_at").orElseThrow().type()).isEqualTo(ColumnType.timestampTz());
        assertThat(schema.table("purchase_line").orElseThrow().foreignKeys()).extracting(ForeignKey::name)
                .containsExactly("fk_purchase_line_purchase_id_purchase");
        assertThat(schema.table("purchase_line").orElseThrow().checks()).extracting(CheckConstraint::name)
                .containsExactly("ck_purchase_line_quantity_positive");

        Table joinTable = schema.table("purchase_tag").orElseThrow();
        assertThat(joinTable.primaryKey()).isEqualTo(new PrimaryKey("pk_purchase_tag", List.of("purchase_id", "tags_id")));
        assertThat(joinTable.foreignKeys()).extracting(ForeignKey::name)
                .containsExactlyInAnyOrder("fk_purchase_tag_purchase_id_purchase", "fk_purchase_tag_tags_id_tag");
        assertThat(schema.table("customer_note").orElseThrow().uniqueConstraints()).extracting(UniqueConstraint::name)
                .containsExactly("uq_customer_note_notes_id");

        Table vehicle = schema.table("vehicle").orElseThrow();
        assertThat(vehicle.column("kind").orElseThrow()).isEqualTo(Column.of("kind", ColumnType.varchar(20)).notNull());
        assertThat(vehicle.column("seats").orElseThrow().nullable()).isTrue();
        assertThat(vehicle.checks()).isEmpty();

        Table savings = schema.table("savings_account").orElseThrow();
        assertThat(savings.primaryKey()).isEqualTo(new PrimaryKey("pk_savings_account", List.of("id")));
        assertThat(savings.column("id").orElseThrow().autoIncrement()).isFalse();
        assertThat(savings.foreignKeys()).extracting(ForeignKey::name, ForeignKey::referencedTable)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fk_savings_account_id_account", "account"));

        Table kinds = schema.table("kinds").orElseThrow();
        assertThat(kinds.columns()).extracting(Column::name, c -> c.type().toString()).contains(
                org.assertj.core.groups.Tuple.tuple("uuid", "uuid"),
                org.assertj.core.groups.Tuple.tuple("digest", "binary(32)"),
                org.assertj.core.groups.Tuple.tuple("payload", "blob"),
                org.assertj.core.groups.Tuple.tuple("body", "text"),
                org.assertj.core.groups.Tuple.tuple("ratio", "double"),
                org.assertj.core.groups.Tuple.tuple("weight", "float"),
                org.assertj.core.groups.Tuple.tuple("instant", "timestamp_tz"),
                org.assertj.core.groups.Tuple.tuple("moment", "timestamp"),
                org.assertj.core.groups.Tuple.tuple("initial", "varchar(1)"));
    }

    @ParameterizedTest
    @Databases
    void createdTablesKeepTheColumnOrderTheModelsDeclare(DbKind kind, TestDatabase server) throws Exception {
        List<String> declared = List.of("id", "email", "first_name", "last_name", "street", "city", "postcode",
                "billing_street", "billing_city", "billing_postcode", "tier", "default_tier", "status", "active", "balance",
                "loyalty_points", "locale");
        try (Database db = Database.builder().url(server.url()).models(MAPPING).build()) {
            assertThat(db.modelSchema().table("customer").orElseThrow().columns()).extracting(Column::name)
                    .as("the model schema").containsExactlyElementsOf(declared);
            db.createAll();
            try (Connection c = server.connect()) {
                Table live = SchemaInspector.create().inspect(c).table("customer").orElseThrow();
                assertThat(live.columns()).extracting(c2 -> c2.name().toLowerCase(Locale.ROOT))
                        .as("the table createAll() made").containsExactlyElementsOf(declared);
            }
        }
    }

    @ParameterizedTest
    @Databases
    void createAllMakesExactlyTheModelSchemaAndHibernateReadsAndWritesIt(DbKind kind, TestDatabase server) throws Exception {
        try (Database db = Database.builder().url(server.url()).models(MAPPING).build()) {
            db.createAll();
            Schema live;
            try (Connection c = server.connect()) {
                live = SchemaInspector.create().inspect(c);
            }
            DiffOptions asStored = DiffOptions.defaults().ignoringRepresentationOf(kind.name().toLowerCase(Locale.ROOT));
            assertThat(SchemaComparison.between(db.modelSchema(), live, asStored).report()).isEmpty();

            Long customerId = db.inTransaction(s -> {
                Customer customer = new Customer();
                customer.email = "ada@example.com";
                customer.firstName = "Ada";
                customer.lastName = "Lovelace";
                customer.address = new Address("12 St James's Sq", "London", "SW1");
                customer.billing = new Address("1 Bank St", "London", "EC2");
                customer.tier = Tier.PLATINUM;
                customer.defaultTier = Tier.GOLD;
                customer.status = Status.SUSPENDED;
                customer.balance = new BigDecimal("12.50");
                customer.loyaltyPoints = 7;
                customer.nicknames.add("Countess");
                Note note = new Note();
                note.text = "first analyst";
                s.persist(note);
                customer.notes.add(note);
                s.persist(customer);
                Tag tag = new Tag();
                tag.name = "gift";
                s.persist(tag);
                PurchaseLine line = new PurchaseLine();
                line.product = "Difference engine";
                line.quantity = 2;
                s.persist(line);
                Purchase purchase = new Purchase();
                purchase.customer = customer;
                purchase.tags.add(tag);
                purchase.lines.add(line);
                s.persist(purchase);
                Car car = new Car();
                car.registration = "AB-12";
                car.seats = 4;
                s.persist(car);
                Truck truck = new Truck();
                truck.registration = "TR-1";
                truck.payload = new BigDecimal("1200.5");
                s.persist(truck);
                SavingsAccount savings = new SavingsAccount();
                savings.owner = "Ada";
                savings.rate = new BigDecimal("0.025");
                s.persist(savings);
                Kinds k = new Kinds();
                k.small = 3;
                k.big = 1L << 40;
                k.ratio = 0.5;
                k.weight = 1.5f;
                k.flag = true;
                k.initial = 'A';
                k.day = LocalDate.of(1815, 12, 10);
                k.clock = LocalTime.of(12, 30);
                k.moment = LocalDateTime.of(2026, 1, 2, 3, 4, 5);
                k.instant = Instant.parse("2026-01-02T03:04:05Z");
                k.uuid = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
                k.digest = new byte[] {1, 2, 3};
                k.payload = new byte[] {4, 5};
                k.body = "text";
                s.persist(k);
                return customer.id;
            });
            db.removeSession();

            Customer read = db.getByPk(Customer.class, customerId).orElseThrow();
            assertThat(read.tier).isEqualTo(Tier.PLATINUM);
            assertThat(read.defaultTier).isEqualTo(Tier.GOLD);
            assertThat(read.status).isEqualTo(Status.SUSPENDED);
            assertThat(read.billing.city).isEqualTo("London");
            assertThat(read.balance).isEqualByComparingTo("12.50");
            assertThat(read.nicknames).containsExactly("Countess");
            assertThat(read.notes).extracting(n -> n.text).containsExactly("first analyst");
            assertThat(read.active).isTrue();
            assertThat(read.locale).isNull();
            List<Vehicle> vehicles = db.session().createSelectionQuery("from Vehicle order by id", Vehicle.class).getResultList();
            assertThat(vehicles).hasExactlyElementsOfTypes(Car.class, Truck.class);
            assertThat(db.session().createSelectionQuery("from Account", Account.class).getSingleResult())
                    .isInstanceOf(SavingsAccount.class);
            Kinds k = db.session().createSelectionQuery("from Kinds", Kinds.class).getSingleResult();
            assertThat(k.uuid).isEqualTo(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
            assertThat(k.digest).containsExactly(1, 2, 3);
            assertThat(k.instant.truncatedTo(ChronoUnit.SECONDS)).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
            assertThat(k.ratio).isEqualTo(0.5);
            db.removeSession();

            try (Connection c = server.connect(); Statement s = c.createStatement()) {
                // the enum is stored by name in a plain varchar, the server default fills what Hibernate leaves out
                try (ResultSet rs = s.executeQuery("SELECT tier, status FROM customer")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("PLATINUM");
                    assertThat(rs.getInt(2)).isEqualTo(2);
                }
                // enum columns take only their constants (by name) or ordinals
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.execute(
                        "INSERT INTO customer (email, active, tier) VALUES ('x@example.com', true, 'NOT_A_TIER')"))
                        .isInstanceOf(java.sql.SQLException.class);
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.execute(
                        "INSERT INTO customer (email, active, status) VALUES ('y@example.com', true, 3)"))
                        .isInstanceOf(java.sql.SQLException.class);
                s.execute("INSERT INTO customer (email, active, tier, status) VALUES ('b@example.com', true, 'BRONZE', 0)");
                try (ResultSet rs = s.executeQuery("SELECT locale, balance FROM customer WHERE email = 'b@example.com'")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("en");
                    assertThat(rs.getBigDecimal(2)).isEqualByComparingTo("0");
                }
                // declared checks hold, cascades delete
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.execute(
                        "INSERT INTO customer (email, active, balance) VALUES ('c@example.com', true, -1)"))
                        .isInstanceOf(java.sql.SQLException.class);
                s.execute("DELETE FROM purchase_tag");
                s.execute("DELETE FROM purchase_line");
                s.execute("DELETE FROM customer_nicknames");
                s.execute("DELETE FROM customer_note");
                s.execute("DELETE FROM customer WHERE id = " + customerId);
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM purchase")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isZero();
                }
            }
        }
    }

    @Test
    void enumChecksCanBeTurnedOff() {
        try (Database db = Database.builder().url("sqlite://").models(MAPPING).enumChecks(false).build()) {
            assertThat(db.config().enumChecks()).isFalse();
            assertThat(db.modelSchema().table("customer").orElseThrow().checks()).extracting(CheckConstraint::name)
                    .containsExactlyInAnyOrder("ck_customer_balance_positive", "ck_customer_loyalty_points");
        }
    }

    static Schema modelSchema(String url) {
        try (Database db = Database.builder().url(url).models(MAPPING).build()) {
            return db.modelSchema();
        }
    }
}
