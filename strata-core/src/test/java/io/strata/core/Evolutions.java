package io.strata.core;

import java.util.List;

import io.strata.migrations.diff.DiffOptions;

/** The corpus: every kind of change autogenerate detects, one scenario each (models in {@code test.evolution}). */
final class Evolutions {

    private static final String AUTHORS = "INSERT INTO author (name) VALUES ('Ada'), ('Grace')";
    private static final String AUTHOR_NAMES = "SELECT name FROM author ORDER BY name";
    private static final String BOOK_TITLES = "SELECT title FROM book ORDER BY title";

    private Evolutions() {
    }

    static List<Evolution> all() {
        return List.of(
                Evolution.of("s01_add_table").seed(AUTHORS).keep(AUTHOR_NAMES)
                        .insertV2("INSERT INTO publisher (name) VALUES ('Penguin')"),
                Evolution.reverse("s02_drop_table", "s01_add_table")
                        .seed(AUTHORS, "INSERT INTO publisher (name) VALUES ('Penguin')").keep(AUTHOR_NAMES)
                        .insertV2("INSERT INTO author (name) VALUES ('Linus')"),
                Evolution.of("s03_add_nullable_column").seed(AUTHORS).keep(AUTHOR_NAMES)
                        .insertV2("INSERT INTO author (name, bio) VALUES ('Linus', 'kernel')")
                        .expect("SELECT name, bio FROM author ORDER BY name", "Ada|NULL", "Grace|NULL", "Linus|kernel"),
                Evolution.reverse("s04_drop_column", "s03_add_nullable_column")
                        .seed("INSERT INTO author (name, bio) VALUES ('Ada', 'first programmer')").keep(AUTHOR_NAMES)
                        .insertV2("INSERT INTO author (name) VALUES ('Linus')"),
                Evolution.of("s05_add_not_null_column_with_default").seed(AUTHORS).keep(AUTHOR_NAMES)
                        .insertV2("INSERT INTO author (name, rating) VALUES ('Linus', 5)")
                        .expect("SELECT name, rating FROM author ORDER BY name", "Ada|0", "Grace|0", "Linus|5"),
                Evolution.of("s06_widen_varchar").seed(AUTHORS).keep(AUTHOR_NAMES)
                        .insertV2("INSERT INTO author (name) VALUES ('Linus')"),
                Evolution.reverse("s07_narrow_varchar", "s06_widen_varchar").seed(AUTHORS).keep(AUTHOR_NAMES)
                        .insertV2("INSERT INTO author (name) VALUES ('Linus')"),
                Evolution.of("s08_integer_to_bigint").seed("INSERT INTO book (title, pages) VALUES ('SICP', 657)")
                        .keep("SELECT title, pages FROM book ORDER BY title")
                        .insertV2("INSERT INTO book (title, pages) VALUES ('TAOCP', 672)"),
                Evolution.of("s09_decimal_precision").seed("INSERT INTO product (name, price) VALUES ('Tea', 12.50)")
                        .keep("SELECT name FROM product ORDER BY name")
                        .insertV2("INSERT INTO product (name, price) VALUES ('Coffee', 3.10)")
                        .expect("SELECT name FROM product WHERE price = 12.5", "Tea"),
                Evolution.of("s10_varchar_to_text").seed("INSERT INTO note (body) VALUES ('hello')")
                        .keep("SELECT body FROM note").insertV2("INSERT INTO note (body) VALUES ('short')"),
                Evolution.of("s11_make_not_null").seed("INSERT INTO author (name, email) VALUES ('Ada', 'ada@x')")
                        .keep(AUTHOR_NAMES).insertV2("INSERT INTO author (name, email) VALUES ('Linus', 'l@x')"),
                Evolution.reverse("s12_make_nullable", "s11_make_not_null")
                        .seed("INSERT INTO author (name, email) VALUES ('Ada', 'ada@x')").keep(AUTHOR_NAMES)
                        .insertV2("INSERT INTO author (name, email) VALUES ('Linus', 'l@x')"),
                Evolution.of("s13_add_server_default").seed("INSERT INTO book (title, status) VALUES ('SICP', 'published')")
                        .keep("SELECT title, status FROM book ORDER BY title")
                        .insertV2("INSERT INTO book (title) VALUES ('New')")
                        .expect("SELECT status FROM book WHERE title = 'New'", "draft"),
                Evolution.reverse("s14_drop_server_default", "s13_add_server_default")
                        .seed("INSERT INTO book (title, status) VALUES ('SICP', 'published')")
                        .keep("SELECT title, status FROM book ORDER BY title")
                        .insertV2("INSERT INTO book (title) VALUES ('New')")
                        .expect("SELECT status FROM book WHERE title = 'New'", "NULL"),
                Evolution.of("s15_change_server_default").seed("INSERT INTO counter (name) VALUES ('a')")
                        .keep("SELECT name, total FROM counter ORDER BY name")
                        .insertV2("INSERT INTO counter (name) VALUES ('b')")
                        .expect("SELECT name, total FROM counter ORDER BY name", "a|0", "b|1"),
                Evolution.of("s16_add_unique")
                        .seed("INSERT INTO author (name, email) VALUES ('Ada', 'ada@x'), ('Grace', 'grace@x')")
                        .keep("SELECT name, email FROM author ORDER BY name")
                        .insertV2("INSERT INTO author (name, email) VALUES ('Linus', 'l@x')"),
                Evolution.reverse("s17_drop_unique", "s16_add_unique")
                        .seed("INSERT INTO author (name, email) VALUES ('Ada', 'ada@x'), ('Grace', 'grace@x')")
                        .keep("SELECT name, email FROM author ORDER BY name")
                        .insertV2("INSERT INTO author (name, email) VALUES ('Linus', 'l@x')"),
                Evolution.of("s18_add_composite_unique")
                        .seed("INSERT INTO book (title, edition) VALUES ('SICP', 1), ('SICP', 2)")
                        .keep("SELECT title, edition FROM book ORDER BY edition")
                        .insertV2("INSERT INTO book (title, edition) VALUES ('SICP', 3)"),
                Evolution.of("s19_add_index").seed("INSERT INTO book (title) VALUES ('SICP'), ('TAOCP')").keep(BOOK_TITLES)
                        .insertV2("INSERT INTO book (title) VALUES ('PAIP')"),
                Evolution.reverse("s20_drop_index", "s19_add_index").seed("INSERT INTO book (title) VALUES ('SICP')")
                        .keep(BOOK_TITLES).insertV2("INSERT INTO book (title) VALUES ('PAIP')"),
                Evolution.of("s21_change_named_index_columns")
                        .seed("INSERT INTO book (title, published_year) VALUES ('SICP', 1985)")
                        .keep("SELECT title, published_year FROM book ORDER BY title")
                        .insertV2("INSERT INTO book (title, published_year) VALUES ('PAIP', 1992)"),
                Evolution.of("s22_add_foreign_key").seed(AUTHORS, "INSERT INTO book (title) VALUES ('SICP')").keep(BOOK_TITLES)
                        .insertV2("INSERT INTO book (title, author_id) SELECT 'TAOCP', id FROM author WHERE name = 'Ada'"),
                Evolution.reverse("s23_drop_foreign_key", "s22_add_foreign_key")
                        .seed(AUTHORS, "INSERT INTO book (title, author_id) SELECT 'SICP', id FROM author WHERE name = 'Ada'")
                        .keep(BOOK_TITLES).insertV2("INSERT INTO book (title) VALUES ('New')"),
                Evolution.of("s24_on_delete_cascade")
                        .seed(AUTHORS, "INSERT INTO book (title, author_id) SELECT 'SICP', id FROM author WHERE name = 'Ada'")
                        .keep("SELECT name FROM author WHERE name = 'Grace'")
                        .insertV2("DELETE FROM author WHERE name = 'Ada'")
                        .expect("SELECT count(*) FROM book", "0"),
                Evolution.of("s25_add_check").seed("INSERT INTO product (name, price) VALUES ('Tea', 2.50)")
                        .keep("SELECT name FROM product ORDER BY name")
                        .insertV2("INSERT INTO product (name, price) VALUES ('Gift', 0)"),
                Evolution.reverse("s26_drop_check", "s25_add_check").seed("INSERT INTO product (name, price) VALUES ('Tea', 2.50)")
                        .keep("SELECT name FROM product ORDER BY name")
                        .insertV2("INSERT INTO product (name, price) VALUES ('Gift', 1)"),
                Evolution.of("s27_add_embeddable").seed("INSERT INTO customer (name) VALUES ('Ada')")
                        .keep("SELECT name FROM customer ORDER BY name")
                        .insertV2("INSERT INTO customer (name, street, city) VALUES ('Linus', '1 Main St', 'Helsinki')"),
                Evolution.reverse("s28_drop_embeddable", "s27_add_embeddable")
                        .seed("INSERT INTO customer (name, street, city) VALUES ('Ada', '12 Square', 'London')")
                        .keep("SELECT name FROM customer ORDER BY name")
                        .insertV2("INSERT INTO customer (name) VALUES ('Linus')"),
                Evolution.of("s29_add_enum_columns").seed("INSERT INTO customer (name) VALUES ('Ada')")
                        .keep("SELECT name FROM customer ORDER BY name")
                        .insertV2("INSERT INTO customer (name, tier, status) VALUES ('Linus', 'GOLD', 1)"),
                Evolution.of("s30_widen_enum_column").seed("INSERT INTO customer (name, tier) VALUES ('Ada', 'GOLD')")
                        .keep("SELECT name, tier FROM customer ORDER BY name")
                        .insertV2("INSERT INTO customer (name, tier) VALUES ('Linus', 'SILVER')"),
                Evolution.of("s31_add_single_table_subclass")
                        .seed("INSERT INTO vehicle (dtype, registration, seats) VALUES ('Car', 'AB-1', 4)")
                        .keep("SELECT dtype, registration FROM vehicle ORDER BY registration")
                        .insertV2("INSERT INTO vehicle (dtype, registration, payload) VALUES ('Truck', 'TR-1', 1200.5)"),
                Evolution.of("s32_add_joined_subclass").seed("INSERT INTO account (owner) VALUES ('Ada')")
                        .keep("SELECT owner FROM account ORDER BY owner")
                        .insertV2("INSERT INTO account (owner) VALUES ('Linus')",
                                "INSERT INTO savings_account (id, rate) SELECT id, 0.025 FROM account WHERE owner = 'Linus'"),
                Evolution.of("s33_add_many_to_many")
                        .seed("INSERT INTO book (title) VALUES ('SICP')", "INSERT INTO tag (name) VALUES ('classic')")
                        .keep(BOOK_TITLES)
                        .insertV2("INSERT INTO book_tag (book_id, tags_id) SELECT b.id, t.id FROM book b, tag t"),
                Evolution.reverse("s34_drop_many_to_many", "s33_add_many_to_many")
                        .seed("INSERT INTO book (title) VALUES ('SICP')", "INSERT INTO tag (name) VALUES ('classic')",
                                "INSERT INTO book_tag (book_id, tags_id) SELECT b.id, t.id FROM book b, tag t")
                        .keep(BOOK_TITLES).insertV2("INSERT INTO tag (name) VALUES ('new')"),
                Evolution.of("s35_add_one_to_many_join_column")
                        .seed("INSERT INTO purchase (reference) VALUES ('P1')", "INSERT INTO line (product) VALUES ('Tea')")
                        .keep("SELECT product FROM line ORDER BY product")
                        .insertV2("UPDATE line SET purchase_id = (SELECT id FROM purchase WHERE reference = 'P1')"),
                Evolution.of("s36_rename_table_hint").hints(DiffOptions.defaults().renameTable("publisher", "press"))
                        .seed("INSERT INTO publisher (name) VALUES ('Penguin')")
                        .keep("SELECT name FROM publisher ORDER BY name", "SELECT name FROM press ORDER BY name")
                        .insertV2("INSERT INTO press (name) VALUES ('Faber')"),
                Evolution.of("s37_rename_column_hint").hints(DiffOptions.defaults().renameColumn("author", "name", "full_name"))
                        .seed(AUTHORS).keep(AUTHOR_NAMES, "SELECT full_name FROM author ORDER BY full_name")
                        .insertV2("INSERT INTO author (full_name) VALUES ('Linus')"),
                Evolution.of("s38_add_table_referencing_existing").seed(AUTHORS).keep("SELECT name FROM author WHERE name = 'Grace'")
                        .insertV2("INSERT INTO book (title, author_id) SELECT 'SICP', id FROM author WHERE name = 'Ada'",
                                "DELETE FROM author WHERE name = 'Ada'")
                        .expect("SELECT count(*) FROM book", "0"),
                Evolution.of("s39_add_element_collection").seed(AUTHORS).keep(AUTHOR_NAMES)
                        .insertV2("INSERT INTO author_nicknames (author_id, nicknames) SELECT id, 'Countess' FROM author"
                                + " WHERE name = 'Ada'"),
                // issue 12: checks
                Evolution.of("s45_add_enum_column_with_check").seed("INSERT INTO ticket (title) VALUES ('crash')")
                        .keep("SELECT title FROM ticket ORDER BY title")
                        .insertV2("INSERT INTO ticket (title, priority) VALUES ('leak', 'HIGH')")
                        .expect("SELECT title, priority FROM ticket ORDER BY title", "crash|NULL", "leak|HIGH"),
                // the new value is accepted (the insert would fail otherwise), and removed before the downgrade
                // restores the check without it
                Evolution.of("s46_enum_gains_value").seed("INSERT INTO ticket (title, priority) VALUES ('crash', 'HIGH'), ('typo', 'LOW')")
                        .keep("SELECT title, priority FROM ticket ORDER BY title")
                        .insertV2("INSERT INTO ticket (title, priority) VALUES ('outage', 'URGENT')",
                                "DELETE FROM ticket WHERE priority = 'URGENT'"),
                Evolution.of("s47_enum_loses_value").seed("INSERT INTO ticket (title, priority) VALUES ('crash', 'HIGH'), ('typo', 'LOW')")
                        .keep("SELECT title, priority FROM ticket ORDER BY title")
                        .insertV2("INSERT INTO ticket (title, priority) VALUES ('leak', 'LOW')")
                        .expect("SELECT count(*) FROM ticket WHERE priority = 'LOW'", "2"),
                Evolution.of("s48_change_check_condition").seed("INSERT INTO product (name, price) VALUES ('Tea', 2.50)")
                        .keep("SELECT name FROM product ORDER BY name")
                        .insertV2("INSERT INTO product (name, price) VALUES ('Samovar', 10000)"),
                Evolution.of("s49_ordinal_enum_gains_value").seed("INSERT INTO ticket (title, severity) VALUES ('crash', 1), ('typo', 0)")
                        .keep("SELECT title, severity FROM ticket ORDER BY title")
                        .insertV2("INSERT INTO ticket (title, severity) VALUES ('outage', 2)", "DELETE FROM ticket WHERE severity = 2"),
                // issue 12: rebuild
                Evolution.of("s50_one_table_five_ways")
                        .seed("INSERT INTO note (title, body, legacy, pages) VALUES ('a', 'hello', 'x', 10), ('b', 'world', 'y', 20)")
                        .keep("SELECT title, body, pages FROM note ORDER BY title")
                        .insertV2("INSERT INTO note (title, body, pages, rating) VALUES ('c', 'new', 30, 5)")
                        .expect("SELECT title, rating FROM note ORDER BY title", "a|NULL", "b|NULL", "c|5"),
                Evolution.of("s51_two_tables_rebuilt_in_one_revision")
                        .seed("INSERT INTO author (name, email) VALUES ('Ada', 'ada@x')",
                                "INSERT INTO book (title, subtitle, pages) VALUES ('SICP', 'Structure', 657)")
                        .keep("SELECT a.name, a.email, b.title, b.pages FROM author a, book b")
                        .insertV2("INSERT INTO author (name, email) VALUES ('Grace', 'grace@x')"),
                Evolution.of("s52_add_not_null_column_without_default_to_empty_table")
                        .insertV2("INSERT INTO tag (name, slug) VALUES ('Java', 'java')")
                        .expect("SELECT name, slug FROM tag", "Java|java"),
                Evolution.of("s53_not_null_with_default_and_make_not_null")
                        .seed("INSERT INTO product (name, sku) VALUES ('Tea', 'T-1'), ('Coffee', 'C-1')")
                        .keep("SELECT name, sku FROM product ORDER BY name")
                        .insertV2("INSERT INTO product (name, sku) VALUES ('Cocoa', 'K-1')")
                        .expect("SELECT name, stock FROM product ORDER BY name", "Cocoa|0", "Coffee|0", "Tea|0"),
                Evolution.of("s54_drop_unique_add_foreign_key_and_index")
                        .seed(AUTHORS, "INSERT INTO book (title, isbn, author_id) SELECT 'SICP', '0-262', id FROM author"
                                + " WHERE name = 'Ada'")
                        .keep("SELECT b.title, b.isbn, a.name FROM book b JOIN author a ON a.id = b.author_id")
                        .insertV2("INSERT INTO book (title, isbn, author_id) SELECT 'TAOCP', '0-201', id FROM author"
                                + " WHERE name = 'Grace'")
                        .expect("SELECT b.title, a.name FROM book b JOIN author a ON a.id = b.author_id ORDER BY b.title",
                                "SICP|Ada", "TAOCP|Grace"),
                // issue 12: prompts
                Evolution.of("s55_add_not_null_column_with_column_default").seed(AUTHORS).keep(AUTHOR_NAMES)
                        .insertV2("INSERT INTO author (name, country) VALUES ('Linus', 'FI')")
                        .expect("SELECT name, country FROM author ORDER BY name", "Ada|unknown", "Grace|unknown", "Linus|FI"),
                Evolution.of("s56_add_not_null_column_one_off_default")
                        .hints(DiffOptions.defaults().oneOffDefault("author", "rating", "3"))
                        .seed(AUTHORS).keep(AUTHOR_NAMES)
                        .insertV2("INSERT INTO author (name, rating) VALUES ('Linus', 5)")
                        .expect("SELECT name, rating FROM author ORDER BY name", "Ada|3", "Grace|3", "Linus|5"),
                Evolution.of("s57_rename_unique_column_accepted")
                        .hints(DiffOptions.defaults().renameColumn("author", "email", "email_address"))
                        .seed("INSERT INTO author (name, email) VALUES ('Ada', 'ada@x'), ('Grace', 'grace@x')")
                        .keep("SELECT name, email FROM author ORDER BY name", "SELECT name, email_address FROM author ORDER BY name")
                        .insertV2("INSERT INTO author (name, email_address) VALUES ('Linus', 'l@x')"),
                Evolution.of("s58_rename_referenced_table_accepted")
                        .hints(DiffOptions.defaults().renameTable("publisher", "press"))
                        .seed("INSERT INTO publisher (name) VALUES ('Penguin')",
                                "INSERT INTO book (title, publisher_id) SELECT 'SICP', id FROM publisher")
                        .keep("SELECT b.title, p.name FROM book b JOIN publisher p ON p.id = b.publisher_id",
                                "SELECT b.title, p.name FROM book b JOIN press p ON p.id = b.publisher_id")
                        .insertV2("INSERT INTO press (name) VALUES ('Faber')"),
                Evolution.of("s59_rename_and_one_off_default_in_one_revision")
                        .hints(DiffOptions.defaults().renameColumn("author", "name", "full_name")
                                .oneOffDefault("author", "country", "'GB'"))
                        .seed(AUTHORS).keep(AUTHOR_NAMES, "SELECT full_name FROM author ORDER BY full_name")
                        .insertV2("INSERT INTO author (full_name, country) VALUES ('Linus', 'FI')")
                        .expect("SELECT full_name, country FROM author ORDER BY full_name", "Ada|GB", "Grace|GB", "Linus|FI"),
                // issue 12: types
                Evolution.of("s40_add_unbounded_text").seed("INSERT INTO article (title) VALUES ('Intro')")
                        .keep("SELECT title FROM article ORDER BY title")
                        .insertV2("INSERT INTO article (title, body) VALUES ('Long', '" + "x".repeat(20_000) + "')")
                        .expect("SELECT title, length(body) FROM article ORDER BY title", "Intro|NULL", "Long|20000"),
                Evolution.of("s41_add_unbounded_binary").seed("INSERT INTO attachment (name) VALUES ('a.txt')")
                        .keep("SELECT name FROM attachment ORDER BY name")
                        .insertV2("INSERT INTO attachment (name) VALUES ('b.bin')")
                        .expect("SELECT name FROM attachment WHERE content IS NULL ORDER BY name", "a.txt", "b.bin"),
                Evolution.of("s42_varchar_to_long32_text").seed("INSERT INTO note (body) VALUES ('hello')")
                        .keep("SELECT body FROM note")
                        .insertV2("INSERT INTO note (body) VALUES ('world')")
                        .expect("SELECT body FROM note ORDER BY body", "hello", "world"),
                Evolution.of("s43_add_table_in_declared_order").seed(AUTHORS).keep(AUTHOR_NAMES)
                        .insertV2("INSERT INTO ledger_entry (zone, amount, payee_id, memo)"
                                + " SELECT 'EU', 12.50, id, 'fee' FROM author WHERE name = 'Ada'")
                        .expect("SELECT zone, memo FROM ledger_entry", "EU|fee"),
                Evolution.of("s44_long_strings_between_limits").seed("INSERT INTO profile (handle) VALUES ('ada')")
                        .keep("SELECT handle FROM profile")
                        .insertV2("INSERT INTO profile (handle, about, summary) VALUES ('linus', '"
                                + "z".repeat(20_000) + "', 'kernel')")
                        .expect("SELECT handle, length(about), summary FROM profile ORDER BY handle",
                                "ada|NULL|NULL", "linus|20000|kernel"));
    }
}
