#!/usr/bin/env bash
# Where one HTTP endpoint's time goes: the CPU each request costs the server's JVM and the database's
# processes, for the bookstore jar or its hand-written twin, after a warm-up; optionally with an
# async-profiler CPU profile of the measured stretch (its Maven Central artifact, fetched by Maven).
#
#   benchmarks/http-cpu.sh postgresql strata /authors/500          # the bookstore, GET /authors/500
#   benchmarks/http-cpu.sh sqlite twin '/books?page=3&per_page=20' # the twin, the SQLite book list
#   benchmarks/http-cpu.sh postgresql strata /authors post          # POST /authors with new emails
#   benchmarks/http-cpu.sh sqlite strata /authors post-existing     # POST /authors with seeded emails (200)
#   PROFILE=/tmp/strata.collapsed benchmarks/http-cpu.sh …          # + async-profiler, collapsed stacks,
#                                                                    #   and the CPU by library (LibraryShares)
#
# It prints requests/s, p99 and the latency distribution (wrk -t2 -c32), then the server's and the
# database's CPU per request (utime + stime from /proc, of the server's pid and of every `postgres`
# process; SQLite runs inside the server). A ratio of these between the two sides says whether the
# gap is the server's work or the database's; the profile says which of the server's.
# The database is seeded once, as benchmarks/run.sh's HTTP part seeds it (BookstoreSeed): PostgreSQL
# database strata_bench_cpu (user strata, STRATA_BENCH_PG_* as in run.sh), SQLite file
# $STRATA_BENCH_SQLITE_DIR/strata_bench_cpu.db; `FRESH=1` seeds again. WARMUP (70: on a slow 2-core machine
# the bookstore needs about 60 s of load to reach its steady throughput) and SECONDS_MEASURED (15) set the
# warm-up and measured wrk runs, SERVER_JAVA_OPTS the server's JVM options, PORT its port (7195),
# BOOKSTORE_JAR another build's bookstore jar (to compare two builds side by side).
set -euo pipefail

db=${1:?"usage: http-cpu.sh <postgresql|sqlite> <strata|twin> <path> [post|post-existing]"}
side=${2:?"usage: http-cpu.sh <postgresql|sqlite> <strata|twin> <path> [post|post-existing]"}
path=${3:?"usage: http-cpu.sh <postgresql|sqlite> <strata|twin> <path> [post|post-existing]"}
method=${4:-get}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
jar=$here/target/benchmarks.jar
bookstore=${BOOKSTORE_JAR:-$root/examples/bookstore/target/bookstore.jar}
pg_hostport=${STRATA_BENCH_PG_HOSTPORT:-127.0.0.1:5432}
pg_user=${STRATA_BENCH_PG_USER:-strata}
pg_password=${STRATA_BENCH_PG_PASSWORD:-strata-test-pw}
sqlite_dir=${STRATA_BENCH_SQLITE_DIR:-${TMPDIR:-/tmp}}
work=$(mktemp -d)
server=""
trap '[[ -n $server ]] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

for file in "$jar" "$bookstore"; do
  [[ -f $file ]] || { echo "http-cpu.sh: $file is missing: mvn -B -q -pl benchmarks -am package -DskipTests" >&2; exit 1; }
done
command -v wrk >/dev/null || { echo "http-cpu.sh: needs wrk: sudo apt-get install -y wrk" >&2; exit 1; }
case $db in
  postgresql) url=postgresql://$pg_user:$pg_password@$pg_hostport/strata_bench_cpu
    jdbc=(jdbc:postgresql://$pg_hostport/strata_bench_cpu "$pg_user" "$pg_password") ;;
  sqlite) url=sqlite:///$sqlite_dir/strata_bench_cpu.db; jdbc=(jdbc:sqlite:$sqlite_dir/strata_bench_cpu.db) ;;
  *) echo "http-cpu.sh: the database is postgresql or sqlite, not '$db'" >&2; exit 2 ;;
esac
case $side in strata|twin) ;; *) echo "http-cpu.sh: the side is strata or twin, not '$side'" >&2; exit 2 ;; esac

seeded=$sqlite_dir/strata_bench_cpu.seeded-$db
if [[ ${FRESH:-0} == 1 || ! -f $seeded ]]; then
  java -cp "$jar" io.strata.benchmarks.BenchDatabase reset "$db" strata_bench_cpu
  java -cp "$jar" io.strata.benchmarks.BookstoreSeed "$url" >"$work/seed.log" 2>&1 \
    || { cat "$work/seed.log" >&2; exit 1; }
  touch "$seeded"
fi

agent=()
if [[ -n ${PROFILE:-} ]]; then
  mvn -B -q dependency:copy -Dartifact=tools.profiler:async-profiler:4.1:jar:linux-x64 -DoutputDirectory="$work" >&2
  (cd "$work" && unzip -q -o async-profiler-4.1-linux-x64.jar)
  library=$(find "$work" -name libasyncProfiler.so | head -1)
fi

port=${PORT:-7195}
# shellcheck disable=SC2206
jvm=(${SERVER_JAVA_OPTS:-})
if [[ $side == strata ]]; then
  DATABASE_URL=$url PORT=$port java "${jvm[@]}" -jar "$bookstore" >"$work/server.log" 2>&1 &
else
  java "${jvm[@]}" -cp "$jar" io.strata.benchmarks.twin.Twin "$port" "${jdbc[@]}" >"$work/server.log" 2>&1 &
fi
server=$!
for _ in $(seq 300); do curl -sf "http://127.0.0.1:$port/healthz/ready" >/dev/null && break; sleep 0.2; done
curl -sf "http://127.0.0.1:$port/healthz/ready" >/dev/null || { cat "$work/server.log" >&2; exit 1; }

if [[ $method == post ]]; then
  # New emails, distinct per wrk thread and per run (the twin and the bookstore may share the database).
  cat >"$work/load.lua" <<LUA
local threads = 0
setup = function(thread) threads = threads + 1; thread:set("tid", threads) end
local n = 0
local tag = "c${side:0:1}" .. tostring(os.time() % 1000000)
request = function()
  n = n + 1
  return wrk.format("POST", "$path", {["Content-Type"] = "application/json"},
    string.format('{"email": "%s%d-%d@b.io", "name": "Bench Author"}', tag, tid, n))
end
LUA
elif [[ $method == post-existing ]]; then
  cp "$here/src/main/resources/wrk/post-existing-author.lua" "$work/load.lua" # as run.sh loads it
else
  printf 'request = function() return wrk.format("GET", "%s") end\n' "$path" >"$work/load.lua"
fi

wrk -t2 -c32 -d"${WARMUP:-70}s" -s "$work/load.lua" "http://127.0.0.1:$port" >/dev/null
ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
database_ticks() {
  local total=0 pid
  for pid in $(pgrep -x postgres || true); do total=$(( total + $(ticks "$pid") )); done
  echo "$total"
}
if [[ -n ${PROFILE:-} ]]; then
  jcmd "$server" JVMTI.agent_load "$library" "\"start,event=cpu,interval=500us\"" >/dev/null
fi
server0=$(ticks "$server"); database0=$(database_ticks)
wrk -t2 -c32 -d"${SECONDS_MEASURED:-15}s" --latency -s "$work/load.lua" "http://127.0.0.1:$port" >"$work/wrk.out"
server1=$(ticks "$server"); database1=$(database_ticks)
if [[ -n ${PROFILE:-} ]]; then
  jcmd "$server" JVMTI.agent_load "$library" "\"stop,file=$PROFILE,collapsed\"" >/dev/null
fi
grep -E "Requests/sec|Latency Distribution| (50|75|90|99)%|Non-2xx" "$work/wrk.out"
requests=$(awk '/requests in/ {print $1}' "$work/wrk.out")
server_us=$(awk -v r="$requests" -v s=$(( server1 - server0 )) -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", s * 1e6 / hz / r }')
awk -v r="$requests" -v u="$server_us" -v d=$(( database1 - database0 )) -v hz="$(getconf CLK_TCK)" \
  -v side="$side" -v db="$db" 'BEGIN {
    printf "%s on %s: server JVM %.1f us of CPU per request, database processes %.1f us\n", side, db, u, d * 1e6 / hz / r }'
if [[ -n ${PROFILE:-} ]]; then
  echo "profile (collapsed stacks, the measured stretch only): $PROFILE"
  java -cp "$jar" io.strata.benchmarks.profile.LibraryShares "$PROFILE" "$server_us"
fi
