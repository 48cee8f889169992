package io.strata.examples.bookstore.drills.renamed;

import static io.strata.migrations.schema.ColumnType.varchar;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;
import java.util.Map;

// BREAKING (contract): code older than the expand revision stops being ready once it is applied.
@Revision(
        id = "c1a5e0000002",
        parents = {"e1a5e0000001"},
        message = "rename author name to display_name (contract)",
        created = "2026-12-05T18:10:00Z",
        contract = "column author.name (renamed to display_name)")
public final class V20261205_1810_RenameAuthorNameToDisplayNameContract implements Migration {

    @Override
    public void upgrade(Ops ops) {
        // CONTRACT: sync() and db upgrade stop before this revision; run `db upgrade --contract` once no
        // replica of the code before e1a5e0000001 serves. Only the new code may serve after it.
        ops.execute(null, Map.of("mariadb", "DROP TRIGGER IF EXISTS trg_author_name_display_name_i", "postgresql", "DROP TRIGGER IF EXISTS trg_author_name_display_name ON author", "sqlite", "DROP TRIGGER IF EXISTS trg_author_name_display_name_i"));
        ops.execute(null, Map.of("mariadb", "DROP TRIGGER IF EXISTS trg_author_name_display_name_u", "postgresql", "DROP FUNCTION IF EXISTS trg_author_name_display_name()", "sqlite", "DROP TRIGGER IF EXISTS trg_author_name_display_name_u"));
        ops.execute(null, Map.of("mariadb", "DROP TRIGGER IF EXISTS trg_author_display_name_name_i", "postgresql", "DROP TRIGGER IF EXISTS trg_author_display_name_name ON author", "sqlite", "DROP TRIGGER IF EXISTS trg_author_display_name_name_i"));
        ops.execute(null, Map.of("mariadb", "DROP TRIGGER IF EXISTS trg_author_display_name_name_u", "postgresql", "DROP FUNCTION IF EXISTS trg_author_display_name_name()", "sqlite", "DROP TRIGGER IF EXISTS trg_author_display_name_name_u"));
        // CATCH-UP where the application kept the copy: rows old code wrote since the expand
        ops.execute(null, Map.of("h2", "UPDATE author SET display_name = name WHERE display_name IS NULL AND name IS NOT NULL"));
        // CONTRACT: only code that uses display_name may serve once this runs
        ops.dropColumn("author", "name");
    }

    @Override
    public void downgrade(Ops ops) {
        ops.addColumn("author", "name", varchar(30));
        // restores name from display_name
        ops.execute("UPDATE author SET name = display_name");
        ops.execute(null, Map.of("mariadb", "CREATE TRIGGER trg_author_name_display_name_i BEFORE INSERT ON author FOR EACH ROW SET NEW.display_name = COALESCE(NEW.display_name, NEW.name)", "postgresql", "CREATE FUNCTION trg_author_name_display_name() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'INSERT' THEN IF NEW.display_name IS NULL THEN NEW.display_name := NEW.name; END IF; ELSIF NEW.name IS DISTINCT FROM OLD.name THEN NEW.display_name := NEW.name; END IF; RETURN NEW; END $$", "sqlite", "CREATE TRIGGER trg_author_name_display_name_i AFTER INSERT ON author FOR EACH ROW WHEN NEW.display_name IS NULL BEGIN UPDATE author SET display_name = NEW.name WHERE rowid = NEW.rowid; END"));
        ops.execute(null, Map.of("mariadb", "CREATE TRIGGER trg_author_name_display_name_u BEFORE UPDATE ON author FOR EACH ROW SET NEW.display_name = IF(NEW.name <=> OLD.name, NEW.display_name, NEW.name)", "postgresql", "CREATE TRIGGER trg_author_name_display_name BEFORE INSERT OR UPDATE ON author FOR EACH ROW EXECUTE FUNCTION trg_author_name_display_name()", "sqlite", "CREATE TRIGGER trg_author_name_display_name_u AFTER UPDATE OF name ON author FOR EACH ROW WHEN NEW.name IS NOT OLD.name BEGIN UPDATE author SET display_name = NEW.name WHERE rowid = NEW.rowid; END"));
        ops.execute(null, Map.of("mariadb", "CREATE TRIGGER trg_author_display_name_name_i BEFORE INSERT ON author FOR EACH ROW SET NEW.name = COALESCE(NEW.name, NEW.display_name)", "postgresql", "CREATE FUNCTION trg_author_display_name_name() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'INSERT' THEN IF NEW.name IS NULL THEN NEW.name := NEW.display_name; END IF; ELSIF NEW.display_name IS DISTINCT FROM OLD.display_name THEN NEW.name := NEW.display_name; END IF; RETURN NEW; END $$", "sqlite", "CREATE TRIGGER trg_author_display_name_name_i AFTER INSERT ON author FOR EACH ROW WHEN NEW.name IS NULL BEGIN UPDATE author SET name = NEW.display_name WHERE rowid = NEW.rowid; END"));
        ops.execute(null, Map.of("mariadb", "CREATE TRIGGER trg_author_display_name_name_u BEFORE UPDATE ON author FOR EACH ROW SET NEW.name = IF(NEW.display_name <=> OLD.display_name, NEW.name, NEW.display_name)", "postgresql", "CREATE TRIGGER trg_author_display_name_name BEFORE INSERT OR UPDATE ON author FOR EACH ROW EXECUTE FUNCTION trg_author_display_name_name()", "sqlite", "CREATE TRIGGER trg_author_display_name_name_u AFTER UPDATE OF display_name ON author FOR EACH ROW WHEN NEW.display_name IS NOT OLD.display_name BEGIN UPDATE author SET name = NEW.display_name WHERE rowid = NEW.rowid; END"));
    }
}
