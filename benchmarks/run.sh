#!/usr/bin/env bash
# Builds the benchmarks and runs them all, then prints one table: Strata against its baselines,
# measured side by side in this run, with ratios. See benchmarks/README.md for what each line means.
#
#   benchmarks/run.sh                    # the measured run (about 20-25 minutes on 2 cores)
#   benchmarks/run.sh --quick            # a smoke run while developing (numbers not worth quoting)
#   benchmarks/run.sh --only http,startup   # some parts: jmh, process, http, startup, cli (comma-separated)
#
# Parts: jmh (in-process JMH benchmarks: status, sync, upgrade, diff, getOrCreate, paginate), process
# (whole-process upgrades), http (the bookstore against its hand-written twin under wrk, PostgreSQL and
# SQLite), startup (JVM start to ready of the bookstore jar against the twin's, SQLite), cli (the db command
# line against Alembic as whole processes, without and with a class-data archive: cli-vs-alembic.sh).
#
# Environment: SKIP_BUILD=1 reuses the built jars; BENCH is the JMH benchmark regexp (default:
# every benchmark under io.strata.benchmarks; e.g. BENCH=StatusBenchmark); JMH_ARGS adds JMH
# options (e.g. '-prof stack'); RUNS sets the cold-process rounds (default 5; 0 skips them);
# HTTP_SECONDS (10), HTTP_WARMUP_SECONDS (10, each warm-up run), HTTP_WARMUP_MAX_SECONDS (120: warm-up runs
# repeat until steady, at most this long per endpoint and server), HTTP_ROUNDS (2), HTTP_THREADS (2), HTTP_CONNECTIONS (32),
# HTTP_ENDPOINTS (keys: author,books,ready,post-existing,post-new) and HTTP_DATABASES ("postgresql sqlite")
# shape the HTTP part; SERVER_JAVA_OPTS are given to both HTTP servers;
# STRATA_BENCH_PG_HOSTPORT / _USER / _PASSWORD point at another PostgreSQL (default
# 127.0.0.1:5432, strata, strata-test-pw; the user must be allowed to CREATE DATABASE);
# STRATA_BENCH_SQLITE_DIR is where SQLite files go (default $TMPDIR or /tmp).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
jar="$here/target/benchmarks.jar"
bookstore_jar="$root/examples/bookstore/target/bookstore.jar"
out="$here/target/results"
quick=0
parts=jmh,process,http,startup,cli
command_line="benchmarks/run.sh${*:+ $*}"
while (( $# > 0 )); do
  case "$1" in
    --quick) quick=1 ;;
    --only) parts=${2:?"--only needs a list: jmh,process,http,startup,cli"}; shift ;;
    --only=*) parts=${1#--only=} ;;
    -h|--help) sed -n '2,25p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown argument '$1' (use --quick, --only jmh,process,http,startup,cli)" >&2; exit 2 ;;
  esac
  shift
done
for part in ${parts//,/ }; do
  case "$part" in
    jmh|process|http|startup|cli) ;;
    *) echo "run.sh: unknown part '$part' in --only (the parts: jmh, process, http, startup, cli)" >&2; exit 2 ;;
  esac
done
wants() { [[ ",$parts," == *",$1,"* ]]; }

runs=${RUNS:-5}
jmh_args=(-rf json -rff "$out/jmh.json")
if (( quick )); then
  runs=${RUNS:-2}
  jmh_args+=(-wi 1 -i 2 -w 500ms -r 500ms)
  export HTTP_SECONDS=${HTTP_SECONDS:-3} HTTP_WARMUP_SECONDS=${HTTP_WARMUP_SECONDS:-2} \
    HTTP_WARMUP_MAX_SECONDS=${HTTP_WARMUP_MAX_SECONDS:-2} HTTP_ROUNDS=${HTTP_ROUNDS:-1}
fi
# shellcheck disable=SC2206
jmh_args+=(${JMH_ARGS:-} "${BENCH:-io\.strata\.benchmarks\..*}")

pg_hostport=${STRATA_BENCH_PG_HOSTPORT:-127.0.0.1:5432}
pg_user=${STRATA_BENCH_PG_USER:-strata}
pg_password=${STRATA_BENCH_PG_PASSWORD:-strata-test-pw}
export STRATA_BENCH_SQLITE_DIR=${STRATA_BENCH_SQLITE_DIR:-${TMPDIR:-/tmp}}

step() { printf '\n== %s\n' "$*" >&2; }

# wrk (Debian's package) drives the HTTP part: installed here when missing and possible.
if wants http && ! command -v wrk >/dev/null; then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    step "installing wrk: apt-get install -y wrk"
    apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq wrk >/dev/null; }
  fi
  command -v wrk >/dev/null || {
    echo "run.sh: the HTTP part needs wrk: run 'sudo apt-get install -y wrk' (or skip it: --only jmh,process,startup)" >&2
    exit 1
  }
fi

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  step "build: (cd $root && mvn -q -B -pl benchmarks -am package -DskipTests)"
  (cd "$root" && mvn -q -B -pl benchmarks -am package -DskipTests)
fi
for file in "$jar" "$bookstore_jar"; do
  [[ -f "$file" ]] || { echo "run.sh: $file is missing; run without SKIP_BUILD" >&2; exit 1; }
done
rm -rf "$out" && mkdir -p "$out"
java -version 2>&1 | head -1 > "$out/java-version.txt"

# 1. In-process benchmarks (JMH): status(), no-op sync(), upgrade of 100 revisions, diff,
# getOrCreate and paginate.
if wants jmh; then
  step "JMH: java -jar $jar ${jmh_args[*]}   (log: $out/jmh.log)"
  if ! java -jar "$jar" "${jmh_args[@]}" > "$out/jmh.log" 2>&1; then
    tail -n 40 "$out/jmh.log" >&2
    echo "run.sh: JMH failed; full log in $out/jmh.log" >&2
    exit 1
  fi
  sed -n '/^Benchmark  /,/^$/p' "$out/jmh.log" >&2 || true
fi

# 3b. Whole processes: cold JVMs upgrading 100 revisions from base, Strata against the same SQL
# (pre-rendered by Strata's offline mode) executed through one plain JDBC connection. The two
# alternate round by round (one warmup round first), so that load from elsewhere on the machine
# falls on both alike; each round writes one JSON file in hyperfine's format.
time_round() { # json file, prepare command, then name=command pairs; one run of each
  local json=$1 prepare=$2; shift 2
  if command -v hyperfine >/dev/null; then
    local args=()
    for pair in "$@"; do args+=(-n "${pair%%=*}" "${pair#*=}"); done
    hyperfine --style none --runs 1 --prepare "$prepare" --export-json "$json" "${args[@]}" >/dev/null
  else
    local first=1
    {
      printf '{"results": ['
      for pair in "$@"; do
        bash -c "$prepare" >/dev/null
        local t0 t1; t0=$(date +%s%N)
        bash -c "${pair#*=}" >/dev/null
        t1=$(date +%s%N)
        (( first )) || printf ', '
        first=0
        awk -v name="${pair%%=*}" -v ns=$(( t1 - t0 )) \
          'BEGIN { printf "{\"command\": \"%s\", \"mean\": %.6f, \"times\": [%.6f]}", name, ns / 1e9, ns / 1e9 }'
      done
      printf ']}\n'
    } > "$json"
  fi
  jq -r '.results[] | "  \(.command): \(.mean * 1000 | floor) ms"' "$json" 2>/dev/null | paste -sd' ' >&2 || true
}

if command -v hyperfine >/dev/null; then timer="hyperfine $(hyperfine --version | cut -d' ' -f2)"; else timer="bash loop, date +%s%N"; fi
cp_main="java -cp $jar"
databases=(postgresql sqlite)
(( runs > 0 )) && wants process || databases=()
for db in "${databases[@]}"; do
  name=strata_bench_process
  sql="$out/upgrade-$db.sql"
  $cp_main io.strata.benchmarks.SqlFile "$db" 100 "$sql"
  if [[ $db == postgresql ]]; then
    strata_url="postgresql://$pg_user:$pg_password@$pg_hostport/$name"
    baseline_args="jdbc:postgresql://$pg_hostport/$name $sql $pg_user $pg_password"
  else
    file="$STRATA_BENCH_SQLITE_DIR/$name.db"
    strata_url="sqlite:///$file"
    baseline_args="jdbc:sqlite:$file $sql"
  fi
  prepare="$cp_main io.strata.benchmarks.BenchDatabase reset $db $name"
  strata="strata=$cp_main io.strata.benchmarks.UpgradeMain $strata_url 100"
  baseline="baseline=$cp_main io.strata.benchmarks.BaselineUpgradeMain $baseline_args"
  step "whole process on $db ($timer): 1 warmup + $runs rounds of [fresh database; ${strata%%=*}], [fresh database; ${baseline%%=*}]"
  echo "  ${strata#*=}" | sed "s/$pg_password/***/" >&2
  echo "  ${baseline#*=}" | sed "s/$pg_password/***/" >&2
  time_round "$out/warmup-$db.json" "$prepare" "$strata" "$baseline"
  for round in $(seq 1 "$runs"); do
    time_round "$out/process-$db-$round.json" "$prepare" "$strata" "$baseline"
  done
  $cp_main io.strata.benchmarks.BenchDatabase drop "$db" "$name"
done

# 3. HTTP: the bookstore jar against its hand-written twin, the same seeded database, wrk in turn.
if wants http; then
  http_databases=(${HTTP_DATABASES:-postgresql sqlite})
  for db in "${http_databases[@]}"; do
    step "HTTP on $db: $cp_main io.strata.benchmarks.http.HttpLoad $db $bookstore_jar $jar $out"
    $cp_main io.strata.benchmarks.http.HttpLoad "$db" "$bookstore_jar" "$jar" "$out"
  done
fi

# 4. Start-up: JVM start to the first 200 of /healthz/ready, cold JVMs, SQLite.
if wants startup; then
  startup_runs=$(( runs > 0 ? runs : 5 ))
  step "start-up: $cp_main io.strata.benchmarks.startup.StartupTimes $bookstore_jar $jar $out $startup_runs"
  $cp_main io.strata.benchmarks.startup.StartupTimes "$bookstore_jar" "$jar" "$out" "$startup_runs"
fi

# 5. The `db` command line against Alembic, whole processes (cli-vs-alembic.sh), without and with a
# class-data archive of the command line's class path.
if wants cli; then
  cli_runs=$(( runs > 0 ? runs * 2 : 10 ))
  step "db command line against Alembic: RUNS=$cli_runs benchmarks/cli-vs-alembic.sh, then with CLI_ARCHIVE=1"
  RUNS=$cli_runs "$here/cli-vs-alembic.sh" > "$out/cli.txt"
  RUNS=$cli_runs CLI_ARCHIVE=1 "$here/cli-vs-alembic.sh" > "$out/cli-archive.txt"
fi

step "results ($(cat "$out/java-version.txt"), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end; files in $out)"
{
  echo "command: $command_line   (parts: $parts)"
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(cat "$out/java-version.txt"); $(wrk --version 2>/dev/null | head -1 | cut -d' ' -f1-2)"
  echo
  $cp_main io.strata.benchmarks.report.Report "$out"
  for file in "$out/cli.txt" "$out/cli-archive.txt"; do
    if [[ -f $file ]]; then echo "The db command line against Alembic, whole processes (benchmarks/cli-vs-alembic.sh):"; cat "$file"; echo; fi
  done
} | tee "$out/table.txt"
