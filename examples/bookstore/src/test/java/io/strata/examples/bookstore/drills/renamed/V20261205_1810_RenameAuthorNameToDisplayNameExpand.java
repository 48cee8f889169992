package io.strata.examples.bookstore.drills.renamed;

import static io.strata.migrations.schema.ColumnType.varchar;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;
import java.util.Map;

// COMPATIBLE (expand): code without this revision keeps serving once it is applied.
@Revision(
        id = "e1a5e0000001",
        parents = {"c599c80779e8"},
        message = "rename author name to display_name (expand)",
        created = "2026-12-05T18:10:00Z",
        compatible = "expand: renames column author.name to display_name, keeping what old code uses")
public final class V20261205_1810_RenameAuthorNameToDisplayNameExpand implements Migration {

    @Override
    public void upgrade(Ops ops) {
        // EXPAND: deploy this with the new code; replicas of the old code keep serving once it runs.
        // Old code (reads and writes name) and new code (reads and writes display_name) both serve once this runs.
        // EXPAND: display_name replaces author.name; nullable until the contract, as old code does not write it
        ops.addColumn("author", "display_name", varchar(30));
        // DUAL WRITE: old code writes name and new code writes display_name; on SQLite, PostgreSQL, MariaDB/MySQL these triggers keep the columns in step
        // On H2 (no SQL triggers) the application must write both name and display_name on every insert and update of author until the contract runs; the contract copies into display_name the rows old code inserted meanwhile
        ops.execute(null, Map.of("mariadb", "CREATE TRIGGER trg_author_name_display_name_i BEFORE INSERT ON author FOR EACH ROW SET NEW.display_name = COALESCE(NEW.display_name, NEW.name)", "postgresql", "CREATE FUNCTION trg_author_name_display_name() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'INSERT' THEN IF NEW.display_name IS NULL THEN NEW.display_name := NEW.name; END IF; ELSIF NEW.name IS DISTINCT FROM OLD.name THEN NEW.display_name := NEW.name; END IF; RETURN NEW; END $$", "sqlite", "CREATE TRIGGER trg_author_name_display_name_i AFTER INSERT ON author FOR EACH ROW WHEN NEW.display_name IS NULL BEGIN UPDATE author SET display_name = NEW.name WHERE rowid = NEW.rowid; END"));
        ops.execute(null, Map.of("mariadb", "CREATE TRIGGER trg_author_name_display_name_u BEFORE UPDATE ON author FOR EACH ROW SET NEW.display_name = IF(NEW.name <=> OLD.name, NEW.display_name, NEW.name)", "postgresql", "CREATE TRIGGER trg_author_name_display_name BEFORE INSERT OR UPDATE ON author FOR EACH ROW EXECUTE FUNCTION trg_author_name_display_name()", "sqlite", "CREATE TRIGGER trg_author_name_display_name_u AFTER UPDATE OF name ON author FOR EACH ROW WHEN NEW.name IS NOT OLD.name BEGIN UPDATE author SET display_name = NEW.name WHERE rowid = NEW.rowid; END"));
        ops.execute(null, Map.of("mariadb", "CREATE TRIGGER trg_author_display_name_name_i BEFORE INSERT ON author FOR EACH ROW SET NEW.name = COALESCE(NEW.name, NEW.display_name)", "postgresql", "CREATE FUNCTION trg_author_display_name_name() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'INSERT' THEN IF NEW.name IS NULL THEN NEW.name := NEW.display_name; END IF; ELSIF NEW.display_name IS DISTINCT FROM OLD.display_name THEN NEW.name := NEW.display_name; END IF; RETURN NEW; END $$", "sqlite", "CREATE TRIGGER trg_author_display_name_name_i AFTER INSERT ON author FOR EACH ROW WHEN NEW.name IS NULL BEGIN UPDATE author SET name = NEW.display_name WHERE rowid = NEW.rowid; END"));
        ops.execute(null, Map.of("mariadb", "CREATE TRIGGER trg_author_display_name_name_u BEFORE UPDATE ON author FOR EACH ROW SET NEW.name = IF(NEW.display_name <=> OLD.display_name, NEW.name, NEW.display_name)", "postgresql", "CREATE TRIGGER trg_author_display_name_name BEFORE INSERT OR UPDATE ON author FOR EACH ROW EXECUTE FUNCTION trg_author_display_name_name()", "sqlite", "CREATE TRIGGER trg_author_display_name_name_u AFTER UPDATE OF display_name ON author FOR EACH ROW WHEN NEW.display_name IS NOT OLD.display_name BEGIN UPDATE author SET name = NEW.display_name WHERE rowid = NEW.rowid; END"));
        // BACKFILL: copies name into display_name for the existing rows
        ops.backfill("author", b -> b
                .set("display_name", "name")
                .where("display_name IS NULL"));
    }

    @Override
    public void downgrade(Ops ops) {
        // rows new code inserted get name
        ops.execute("UPDATE author SET name = display_name WHERE name IS NULL");
        ops.execute(null, Map.of("mariadb", "DROP TRIGGER IF EXISTS trg_author_name_display_name_i", "postgresql", "DROP TRIGGER IF EXISTS trg_author_name_display_name ON author", "sqlite", "DROP TRIGGER IF EXISTS trg_author_name_display_name_i"));
        ops.execute(null, Map.of("mariadb", "DROP TRIGGER IF EXISTS trg_author_name_display_name_u", "postgresql", "DROP FUNCTION IF EXISTS trg_author_name_display_name()", "sqlite", "DROP TRIGGER IF EXISTS trg_author_name_display_name_u"));
        ops.execute(null, Map.of("mariadb", "DROP TRIGGER IF EXISTS trg_author_display_name_name_i", "postgresql", "DROP TRIGGER IF EXISTS trg_author_display_name_name ON author", "sqlite", "DROP TRIGGER IF EXISTS trg_author_display_name_name_i"));
        ops.execute(null, Map.of("mariadb", "DROP TRIGGER IF EXISTS trg_author_display_name_name_u", "postgresql", "DROP FUNCTION IF EXISTS trg_author_display_name_name()", "sqlite", "DROP TRIGGER IF EXISTS trg_author_display_name_name_u"));
        ops.dropColumn("author", "display_name");
    }
}
