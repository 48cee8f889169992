# Sourced by cli-classes.sh and cli-vs-alembic.sh: the benchmark's chain of 100 revisions, written once for
# Strata (revision classes in package bench.chain, compiled into a jar) and once for Alembic (a project
# directory: alembic.ini, env.py, versions/), so that both tools run the same schema changes. Revision i
# (id c00000000000i) creates table t000i: id bigint primary key (pk_t000i), name varchar(100) not null,
# amount decimal(10,2), created_at timestamp, from i = 2 parent_id bigint with a foreign key to t000(i-1)
# (fk_t000i_parent_id_t000(i-1)), and an index ix_t000i_name on name; its downgrade drops the table.
#
#   chain_strata_jar WORK_DIR CLASS_PATH OUT_JAR   # CLASS_PATH holds strata-migrations (e.g. benchmarks.jar)
#   chain_alembic_project DIR URL_VARIABLE [per-migration]   # env.py reads the SQLAlchemy URL from
#                                  # $URL_VARIABLE; per-migration: transaction_per_migration=True

CHAIN_REVISIONS=100

# The names of revision $1: sets id, t (its table) and, from 2 on, p and pt (the parent's id and table).
chain_names() {
  id=$(printf 'c%011d' "$1"); t=$(printf 't%04d' "$1"); p=""; pt=""
  if (( $1 > 1 )); then p=$(printf 'c%011d' $(($1 - 1))); pt=$(printf 't%04d' $(($1 - 1))); fi
}

chain_strata_jar() {
  local work=$1 cp=$2 out=$3 i cls parents fk
  mkdir -p "$work/src/bench/chain" "$work/classes"
  for i in $(seq 1 "$CHAIN_REVISIONS"); do
    chain_names "$i"; parents=""; fk=""
    if [[ -n $p ]]; then
      parents=", parents = \"$p\""
      fk=".column(\"parent_id\", bigint()).foreignKey(\"fk_${t}_parent_id_${pt}\", \"parent_id\", \"$pt\", \"id\")"
    fi
    cls=$(printf 'R%04d' "$i")
    cat > "$work/src/bench/chain/$cls.java" <<EOF
package bench.chain;

import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.decimal;
import static io.strata.migrations.schema.ColumnType.timestamp;
import static io.strata.migrations.schema.ColumnType.varchar;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.Revision;

@Revision(id = "$id"$parents, message = "create $t", created = "2026-12-01T10:00:00Z")
public final class $cls implements Migration {
    @Override
    public void upgrade(Ops ops) {
        ops.createTable("$t", t -> t.column("id", bigint(), c -> c.notNull())
                .column("name", varchar(100), c -> c.notNull()).column("amount", decimal(10, 2))
                .column("created_at", timestamp())$fk.primaryKey("pk_$t", "id").index("ix_${t}_name", "name"));
    }

    @Override
    public void downgrade(Ops ops) {
        ops.dropTable("$t");
    }
}
EOF
  done
  javac -nowarn -d "$work/classes" -cp "$cp" "$work"/src/bench/chain/*.java
  (cd "$work/classes" && jar cf "$out" .)
}

# What a newcomer's 'alembic init' gives (the generic template), trimmed to what runs here: the URL from an
# environment variable instead of sqlalchemy.url, no target_metadata (no models: autogenerate is not used),
# the default context options (transaction_per_migration=False: one transaction for the whole upgrade on
# PostgreSQL; on SQLite, non-transactional DDL to Alembic, one per revision; with per-migration, one per
# revision on PostgreSQL too, as Strata commits),
# and the template's logging (Alembic's INFO lines, one per revision run, on stderr).
chain_alembic_project() {
  local dir=$1 var=$2 options='' i down fkcol fkcon
  if [[ ${3:-} == per-migration ]]; then options=', transaction_per_migration=True'; fi
  mkdir -p "$dir/versions"
  cat > "$dir/alembic.ini" <<'EOF'
[alembic]
script_location = %(here)s

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console
qualname =

[logger_sqlalchemy]
level = WARN
handlers =
qualname = sqlalchemy.engine

[logger_alembic]
level = INFO
handlers =
qualname = alembic

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = generic

[formatter_generic]
format = %(levelname)-5.5s [%(name)s] %(message)s
EOF
  cat > "$dir/env.py" <<EOF
import os
from logging.config import fileConfig

from alembic import context
from sqlalchemy import create_engine, pool

config = context.config
if config.config_file_name is not None:
    fileConfig(config.config_file_name)

url = os.environ["$var"]


def run_offline():
    context.configure(url=url, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_online():
    engine = create_engine(url, poolclass=pool.NullPool)
    with engine.connect() as connection:
        context.configure(connection=connection$options)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
EOF
  for i in $(seq 1 "$CHAIN_REVISIONS"); do
    chain_names "$i"; down=None; fkcol=""; fkcon=""
    if [[ -n $p ]]; then
      down="'$p'"
      fkcol="
        sa.Column('parent_id', sa.BigInteger()),"
      fkcon="
        sa.ForeignKeyConstraint(['parent_id'], ['$pt.id'], name='fk_${t}_parent_id_${pt}'),"
    fi
    cat > "$dir/versions/${id}_create_$t.py" <<EOF
"""create $t

Revision ID: $id
Revises: ${p}
Create Date: 2026-12-01 10:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = '$id'
down_revision = $down
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        '$t',
        sa.Column('id', sa.BigInteger(), nullable=False, autoincrement=False),
        sa.Column('name', sa.String(100), nullable=False),
        sa.Column('amount', sa.Numeric(10, 2)),
        sa.Column('created_at', sa.DateTime()),$fkcol
        sa.PrimaryKeyConstraint('id', name='pk_$t'),$fkcon
    )
    op.create_index('ix_${t}_name', '$t', ['name'])


def downgrade():
    op.drop_index('ix_${t}_name', table_name='$t')
    op.drop_table('$t')
EOF
  done
}
