#!/usr/bin/env bash
# Counts what each `db` command loads as a whole process, the deterministic side of the command line's
# cost (timings need a quiet machine: run.sh): the classes the JVM loads (-Xlog:class+load), by library,
# for `db heads` and `db history` (no URL) and for `db upgrade` (100 revisions from base), `db current` and
# `db status` on SQLite and PostgreSQL.
#
#   benchmarks/cli-classes.sh                      # after benchmarks/run.sh (or a package) built the jar
#   CLI_CLASSPATH=app.jar:… benchmarks/cli-classes.sh   # another class path holding strata-cli and drivers
#   JAVA_OPTS='-XX:SharedArchiveFile=db.jsa' benchmarks/cli-classes.sh   # e.g. with a class-data archive
#   CHAIN_JAR=/tmp/chain.jar benchmarks/cli-classes.sh   # also keeps the revisions' jar (to time the commands)
#
# The revisions are what an application has: 100 classes in one package (bench.chain, generated and
# compiled here by chain.sh, which cli-vs-alembic.sh shares), a chain where revision i creates table t000i,
# as in BenchRevisions. The PostgreSQL rows need psql and the server of run.sh (STRATA_BENCH_PG_HOSTPORT /
# _USER / _PASSWORD; database strata_bench_cli, created and dropped here); without psql they are left out.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
cp=${CLI_CLASSPATH:-$here/target/benchmarks.jar}
pg_hostport=${STRATA_BENCH_PG_HOSTPORT:-127.0.0.1:5432}
pg_user=${STRATA_BENCH_PG_USER:-strata}
pg_password=${STRATA_BENCH_PG_PASSWORD:-strata-test-pw}
# shellcheck disable=SC2206
java_opts=(${JAVA_OPTS:-})
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The 100 revision classes (chain.sh).
# shellcheck source=chain.sh
. "$here/chain.sh"
chain_strata_jar "$work" "$cp" "$work/chain.jar"
if [[ -n ${CHAIN_JAR:-} ]]; then cp "$work/chain.jar" "$CHAIN_JAR"; fi

# One process: its exit code, then its loaded classes counted by where they come from.
count() { # label, url ('' for none), command…
  local label=$1 url=$2; shift 2
  local log="$work/$label-$1.log" rc=0
  env -u DATABASE_URL -u DB_MODELS_LOCATION ${url:+DATABASE_URL=$url} DB_MIGRATIONS_LOCATION=bench.chain \
    java "${java_opts[@]}" --enable-native-access=ALL-UNNAMED -Xlog:class+load=info:file="$log" \
    -cp "$work/chain.jar:$cp" io.strata.cli.StrataCli "$@" >"$work/$label-$1.out" 2>"$work/$label-$1.err" || rc=$?
  if (( rc != 0 )); then
    echo "cli-classes.sh: 'db $*' ($label) exited $rc:" >&2
    sed "s/$pg_password/***/g" "$work/$label-$1.err" >&2
    exit 1
  fi
  c() { grep -cE "$1" "$log" || true; }
  printf '| %-10s | %-10s | %5d | %5d | %4d | %4d | %4d | %4d | %4d | %4d |\n' "db $1" "$label" "$(wc -l < "$log")" \
    "$(c 'source: shared objects file')" "$(c '\] org\.hibernate\.')" "$(c '\] com\.zaxxer\.hikari\.')" \
    "$(c '\] org\.(sqlite|postgresql|mariadb|h2)\.')" "$(c '\] picocli\.')" "$(c '\] io\.strata\.')" \
    "$(c '\] (com\.fasterxml\.jackson|io\.javalin|org\.eclipse\.jetty)\.')"
}

echo "| command | database | classes loaded | of them from a CDS archive | Hibernate | HikariCP | JDBC drivers | picocli | Strata | Jackson, Javalin, Jetty |"
echo "|---|---|---|---|---|---|---|---|---|---|"
count none "" heads
count none "" history
sqlite="$work/chain.db"
count sqlite "sqlite:///$sqlite" upgrade
count sqlite "sqlite:///$sqlite" current
count sqlite "sqlite:///$sqlite" status
if command -v psql >/dev/null; then
  pg() { PGPASSWORD=$pg_password PGOPTIONS='--client-min-messages=warning' psql -q -h "${pg_hostport%:*}" -p "${pg_hostport##*:}" -U "$pg_user" -d postgres -c "$1" >/dev/null; }
  pg "DROP DATABASE IF EXISTS strata_bench_cli"
  pg "CREATE DATABASE strata_bench_cli"
  url="postgresql://$pg_user:$pg_password@$pg_hostport/strata_bench_cli"
  count postgresql "$url" upgrade
  count postgresql "$url" current
  count postgresql "$url" status
  pg "DROP DATABASE strata_bench_cli"
else
  echo "cli-classes.sh: no psql on the PATH, the PostgreSQL rows are left out" >&2
fi
