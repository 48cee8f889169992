#!/usr/bin/env bash
# Times the `db` command line against Alembic as whole processes (issue 18: "at least as fast as Alembic"),
# on PostgreSQL and SQLite: `upgrade` of 100 revisions from an empty database, then `current`, `heads` and
# `status` on the database at head. Both tools run the same chain (chain.sh: revision i creates table t000i
# with its primary key, an index and a foreign key to the previous table); Alembic is Debian's
# python3-alembic with python3-psycopg2, run as `/usr/bin/python3 -m alembic`.
#
#   benchmarks/cli-vs-alembic.sh                      # after benchmarks/run.sh (or a package) built the jar
#   RUNS=20 benchmarks/cli-vs-alembic.sh              # timed runs of each command (default 10, 2 warm-ups)
#   CLI_CLASSPATH=app.jar:… benchmarks/cli-vs-alembic.sh   # another class path holding strata-cli and drivers
#   JAVA_OPTS='-XX:SharedArchiveFile=db.jsa' benchmarks/cli-vs-alembic.sh   # e.g. with a class-data archive
#   ALEMBIC_TRANSACTION_PER_MIGRATION=1 benchmarks/cli-vs-alembic.sh   # Alembic commits each revision, as Strata
#   CLI_ARCHIVE=1 benchmarks/cli-vs-alembic.sh        # Strata with a class-data archive of its class path, trained
#                                  # per database by one `upgrade` (JDK 17: -XX:ArchiveClassesAtExit), as README shows
#
# Each comparison is timed by hyperfine in rounds of one run per tool, the tools' order swapped each round
# (Strata, Alembic, then Alembic, Strata, …), so that a busy or drifting machine weighs on both alike
# (hyperfine itself runs all the runs of one command before the next). The first round has 2 warm-ups per
# tool. The rounds are merged into benchmarks/target/results/cli-<db>-<command>.json, in hyperfine's export
# shape (results[0] Strata, results[1] Alembic; each with its command_line and the max_rss_kb of one more
# run, /usr/bin/time -f %M).
# `upgrade` starts each run on an empty database (hyperfine --prepare: the SQLite file deleted, the
# PostgreSQL database dropped and created, strata_bench_cli_t for Strata and strata_bench_alembic for
# Alembic, so the tools never share one). Strata's `status` is compared with `alembic history -r
# current:heads`: Alembic 1.8 (Debian 12) has no `check` and no `current --check-heads` (README.md).
# PostgreSQL needs psql and the server of run.sh (STRATA_BENCH_PG_HOSTPORT / _USER / _PASSWORD, a user
# that may create databases); without psql its rows are left out.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
cp=${CLI_CLASSPATH:-$here/target/benchmarks.jar}
runs=${RUNS:-10}
pg_hostport=${STRATA_BENCH_PG_HOSTPORT:-127.0.0.1:5432}
pg_user=${STRATA_BENCH_PG_USER:-strata}
pg_password=${STRATA_BENCH_PG_PASSWORD:-strata-test-pw}
# shellcheck disable=SC2206
java_opts=(${JAVA_OPTS:-})
results=$here/target/results
# Debian's Python: the python3 first on the PATH may be another one (pyenv) that does not see its packages.
py=/usr/bin/python3

if [[ -z ${CLI_CLASSPATH:-} && ! -f $cp ]]; then
  echo "cli-vs-alembic.sh: no $cp; build it: mvn -B -o -q -pl benchmarks -am package -DskipTests" >&2
  exit 2
fi
need() { # Debian package, test…
  local package=$1; shift
  if "$@" >/dev/null 2>&1; then return; fi
  if (( EUID == 0 )); then
    echo "cli-vs-alembic.sh: installing Debian's $package" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null
    if "$@" >/dev/null 2>&1; then return; fi
  fi
  echo "cli-vs-alembic.sh: needs Debian's $package: sudo apt-get install -y $package" >&2
  exit 2
}
need python3-alembic "$py" -c 'import alembic'
need python3-psycopg2 "$py" -c 'import psycopg2'
need hyperfine hyperfine --version
need time test -x /usr/bin/time
"$py" -m alembic --version >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$results" "$work/rounds"

# The two projects, from one description of the chain.
# shellcheck source=chain.sh
. "$here/chain.sh"
chain_strata_jar "$work/strata" "$cp" "$work/chain.jar"
per_migration=""
if [[ ${ALEMBIC_TRANSACTION_PER_MIGRATION:-0} == 1 ]]; then per_migration=per-migration; fi
chain_alembic_project "$work/alembic" BENCH_ALEMBIC_URL $per_migration
strata_plain=(java "${java_opts[@]}" --enable-native-access=ALL-UNNAMED -cp "$work/chain.jar:$cp" io.strata.cli.StrataCli)
strata=("${strata_plain[@]}")
archive=${CLI_ARCHIVE:-0}
# Results of a run with the archive go to cli-archive-<db>-<command>.json, beside the plain run's.
prefix=cli; if [[ $archive == 1 ]]; then prefix=cli-archive; fi
alembic=("$py" -m alembic -c "$work/alembic/alembic.ini")
export DB_MIGRATIONS_LOCATION=bench.chain
unset DB_MODELS_LOCATION
# Python's defaults, as on a developer's machine: the first (warm-up) run writes versions/__pycache__ and the
# others read it (an environment with PYTHONDONTWRITEBYTECODE=1 would recompile the 100 files every run).
unset PYTHONDONTWRITEBYTECODE PYTHONPATH PYTHONHOME PYTHONOPTIMIZE

pg() { PGPASSWORD=$pg_password PGOPTIONS='--client-min-messages=warning' psql -q -X -v ON_ERROR_STOP=1 \
  -h "${pg_hostport%:*}" -p "${pg_hostport##*:}" -U "$pg_user" -d postgres -c "$1" >/dev/null; }

# An empty database for each tool: an executable (hyperfine runs it without a shell, as the commands).
reset_script() { # file, database (postgresql|sqlite), PostgreSQL database or SQLite file
  if [[ $2 == sqlite ]]; then
    printf '#!/bin/sh\nrm -f "%s" "%s-journal" "%s-wal" "%s-shm"\n' "$3" "$3" "$3" "$3" > "$1"
  else
    printf '#!/bin/sh\nset -e\nexport PGPASSWORD=%q PGOPTIONS=--client-min-messages=warning\n' "$pg_password" > "$1"
    for sql in "DROP DATABASE IF EXISTS $3" "CREATE DATABASE $3"; do
      printf 'psql -q -X -v ON_ERROR_STOP=1 -h %q -p %q -U %q -d postgres -c %q >/dev/null\n' \
        "${pg_hostport%:*}" "${pg_hostport##*:}" "$pg_user" "$sql" >> "$1"
    done
  fi
  chmod +x "$1"
}

# One process, checked (its output shown when it fails).
run() { # label, command…
  local label=$1 rc=0; shift
  "$@" >"$work/out" 2>&1 || rc=$?
  if (( rc != 0 )); then
    echo "cli-vs-alembic.sh: $label exited $rc:" >&2
    sed "s/$pg_password/***/g" "$work/out" >&2
    exit 1
  fi
}

# Max RSS (KiB) of one more run.
rss() { # prepare script ('' for none), command…
  local prepare=$1; shift
  if [[ -n $prepare ]]; then "$prepare"; fi
  /usr/bin/time -f %M -o "$work/rss" "$@" >/dev/null 2>&1
  tail -1 "$work/rss"
}

# Times one command of each tool: $runs rounds of one run each, merged into one JSON file.
compare() { # database, command name, Strata args (one string), Alembic args (one string), prepare? (yes|no)
  local db=$1 name=$2 s_args=$3 a_args=$4 prepare=$5 r warm order s_cmd a_cmd
  local -a s_prep=() a_prep=() args
  # hyperfine -N splits a command line into words itself; the paths here hold no spaces.
  s_cmd="${strata[*]} $s_args"; a_cmd="${alembic[*]} $a_args"
  if [[ $prepare == yes ]]; then s_prep=(-p "$work/reset-strata"); a_prep=(-p "$work/reset-alembic"); fi
  for r in $(seq 1 "$runs"); do
    warm=0; if (( r == 1 )); then warm=2; fi
    if (( r % 2 == 1 )); then
      args=("${s_prep[@]}" "${a_prep[@]}" -n strata "$s_cmd" -n alembic "$a_cmd")
    else
      args=("${a_prep[@]}" "${s_prep[@]}" -n alembic "$a_cmd" -n strata "$s_cmd")
    fi
    if ! hyperfine -N --style none --runs 1 -w "$warm" --export-json "$work/rounds/$db-$name-$r.json" \
        "${args[@]}" >"$work/hyperfine.out" 2>&1; then
      echo "cli-vs-alembic.sh: hyperfine failed ($db $name, round $r):" >&2
      sed "s/$pg_password/***/g" "$work/hyperfine.out" >&2
      exit 1
    fi
  done
  local s_rss a_rss
  # shellcheck disable=SC2086
  s_rss=$(rss "${s_prep[1]:-}" "${strata[@]}" $s_args)
  # shellcheck disable=SC2086
  a_rss=$(rss "${a_prep[1]:-}" "${alembic[@]}" $a_args)
  "$py" - "$results/$prefix-$db-$name.json" "$s_rss" "$a_rss" "$s_cmd" "$a_cmd" "$work/rounds/$db-$name-"*.json \
    <<'EOF'
import json, statistics, sys
out, rss = sys.argv[1], {"strata": int(sys.argv[2]), "alembic": int(sys.argv[3])}
line = {"strata": sys.argv[4], "alembic": sys.argv[5]}
merged = {}
for f in sys.argv[6:]:
    for r in json.load(open(f))["results"]:
        m = merged.setdefault(r["command"], {"command": r["command"], "times": [], "user": [],
                                             "system": [], "exit_codes": []})
        m["times"] += r["times"]; m["exit_codes"] += r["exit_codes"]
        m["user"].append(r["user"]); m["system"].append(r["system"])
res = []
for name in ("strata", "alembic"):
    m = merged[name]; t = m["times"]
    res.append({"command": name, "mean": statistics.mean(t),
                "stddev": statistics.stdev(t) if len(t) > 1 else None, "median": statistics.median(t),
                "user": statistics.mean(m["user"]), "system": statistics.mean(m["system"]),
                "min": min(t), "max": max(t), "times": t, "exit_codes": m["exit_codes"],
                "max_rss_kb": rss[name], "command_line": line[name]})
json.dump({"results": res}, open(out, "w"), indent=2)
EOF
  echo "cli-vs-alembic.sh: $db $name done ($runs rounds)" >&2
}

bench_db() { # database, Strata URL, SQLAlchemy URL, Strata target (PostgreSQL database or SQLite file), Alembic's
  local db=$1
  export DATABASE_URL=$2 BENCH_ALEMBIC_URL=$3
  reset_script "$work/reset-strata" "$db" "$4"
  reset_script "$work/reset-alembic" "$db" "$5"
  if [[ $archive == 1 ]]; then
    # The archive of what `db upgrade` loads on this database (one training run), then used by every command.
    "$work/reset-strata"
    run "db upgrade, training the archive ($db)" "${strata_plain[0]}" -XX:ArchiveClassesAtExit="$work/cli-$db.jsa" \
      "${strata_plain[@]:1}" upgrade
    strata=("${strata_plain[0]}" -XX:SharedArchiveFile="$work/cli-$db.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
      "${strata_plain[@]:1}")
  fi
  compare "$db" upgrade upgrade "upgrade head" yes
  if (( $(find "$work/alembic/versions" -name '*.pyc' | wc -l) < CHAIN_REVISIONS )); then
    echo "cli-vs-alembic.sh: warning: Python wrote no bytecode for versions/; Alembic compiles them every run" >&2
  fi
  # At head once more (the last upgrade run may have been either tool's), checked.
  "$work/reset-strata"; "$work/reset-alembic"
  run "db upgrade ($db)" "${strata[@]}" upgrade
  run "alembic upgrade head ($db)" "${alembic[@]}" upgrade head
  run "db status ($db)" "${strata[@]}" status
  run "alembic current ($db)" "${alembic[@]}" current
  if ! grep -q 'c00000000100 (head)' "$work/out"; then
    echo "cli-vs-alembic.sh: alembic is not at c00000000100 on $db:" >&2; cat "$work/out" >&2; exit 1
  fi
  compare "$db" current current current no
  compare "$db" heads heads heads no
  compare "$db" status status "history -r current:heads" no
  if [[ $db == postgresql ]]; then pg "DROP DATABASE $4"; pg "DROP DATABASE $5"; fi
}

dbs=()
if command -v psql >/dev/null; then
  bench_db postgresql "postgresql://$pg_user:$pg_password@$pg_hostport/strata_bench_cli_t" \
    "postgresql+psycopg2://$pg_user:$pg_password@$pg_hostport/strata_bench_alembic" \
    strata_bench_cli_t strata_bench_alembic
  dbs+=(postgresql)
else
  echo "cli-vs-alembic.sh: no psql on the PATH, the PostgreSQL rows are left out" >&2
fi
bench_db sqlite "sqlite:///$work/strata.db" "sqlite:///$work/alembic.db" "$work/strata.db" "$work/alembic.db"
dbs+=(sqlite)

echo
echo "Alembic $("$py" -m alembic --version | awk '{print $NF}'), SQLAlchemy $("$py" -c 'import sqlalchemy; print(sqlalchemy.__version__)'), Python $("$py" -c 'import platform; print(platform.python_version())'); $(java -version 2>&1 | head -1); $runs runs each${per_migration:+; Alembic with transaction_per_migration=True}"
echo "Strata: java ${java_opts[*]}${java_opts[*]:+ }-cp … io.strata.cli.StrataCli$([[ $archive == 1 ]] && echo ', with a class-data archive trained by one db upgrade (CLI_ARCHIVE=1)')"
"$py" - "$results" "$prefix" "${dbs[@]}" <<'EOF'
import json, sys
results, prefix, dbs = sys.argv[1], sys.argv[2], sys.argv[3:]
label = {"upgrade": "upgrade (100 revisions)", "current": "current", "heads": "heads",
         "status": "status (Alembic: history -r current:heads)"}
print("| command | database | Strata mean ± sd | Alembic mean ± sd | Strata / Alembic | target <= 1.0x "
      "| Strata max RSS | Alembic max RSS |")
print("|---|---|---|---|---|---|---|---|")
def ms(r):
    sd = r["stddev"] or 0.0
    return f"{r['mean'] * 1000:.0f} ± {sd * 1000:.0f} ms"
for cmd in ("upgrade", "current", "heads", "status"):
    for db in dbs:
        s, a = json.load(open(f"{results}/{prefix}-{db}-{cmd}.json"))["results"]
        ratio = s["mean"] / a["mean"]
        print(f"| {label[cmd]} | {db} | {ms(s)} | {ms(a)} | {ratio:.2f}x | {'met' if ratio <= 1.0 else 'MISSED'} "
              f"| {s['max_rss_kb'] / 1024:.0f} MiB | {a['max_rss_kb'] / 1024:.0f} MiB |")
EOF
