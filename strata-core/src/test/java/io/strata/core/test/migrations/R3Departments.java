package io.strata.core.test.migrations;

import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.varchar;

import io.strata.migrations.operations.ConstraintKind;
import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

@Revision(id = "c3a2f5e4d6b7", parents = "b2e1d4c3a5f6", message = "departments and employees, a foreign-key cycle",
        created = "2026-11-21T10:10:00Z")
public final class R3Departments implements Migration {

    @Override
    public void upgrade(Ops ops) {
        ops.createTable("department", t -> t
                .column("id", bigint(), c -> c.autoIncrement())
                .column("title", varchar(255))
                .column("manager_id", bigint())
                .primaryKey("pk_department", "id"));
        ops.createTable("employee", t -> t
                .column("id", bigint(), c -> c.autoIncrement())
                .column("name", varchar(255))
                .column("department_id", bigint())
                .primaryKey("pk_employee", "id")
                .foreignKey("fk_employee_department_id_department", "department_id", "department", "id"));
        ops.createForeignKey("fk_department_manager_id_employee", "department", "manager_id", "employee", "id");
    }

    @Override
    public void downgrade(Ops ops) {
        ops.dropConstraint("fk_department_manager_id_employee", "department", ConstraintKind.FOREIGN_KEY);
        ops.dropTable("employee");
        ops.dropTable("department");
    }
}
