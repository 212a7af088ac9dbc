#!/usr/bin/env bash
# Assignments benchmark (issue: with 100,000 assignments, the unit officer's first page through the
# gateway under 20 ms median and 50 ms p99 at 32 concurrent clients; the overdue sweep under 2 s).
#
# Needs the suite running:  deploy/local/run.sh --background
# Then:                     [WARMUP=60] task-service/bench/assignments-benchmark.sh [count] [rates] [seconds]
#   rates: one constant arrival rate or several, comma-separated (e.g. 100,200,400): the page is measured
#   at each, so the figures show up to which rate the latency targets hold on this machine.
#   WARMUP: seconds of load at each rate before it is measured. A suite started a minute ago is still
#   compiling (its p99 then is the JIT's, several times the steady one), so each rate gets a minute by default.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
COUNT="${1:-100000}"
RATE="${2:-200}"
SECONDS_MEASURED="${3:-30}"
WARMUP="${WARMUP:-60}"
GATEWAY="${GATEWAY_URL:-http://localhost:8080}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
PGJDBC="$(find ~/.m2/repository/org/postgresql/postgresql -name 'postgresql-*.jar' | sort | tail -1)"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB"
"$JAVA" -cp "$PGJDBC" "$ROOT/task-service/bench/GenerateAssignments.java" "$COUNT"

OFFICER="$("$ROOT/deploy/bench/token.sh" officer-fgw)"      # fetched before the measured window
URL="$GATEWAY/api/v1/assignments?size=20"
echo "officer-fgw sees $(curl -s -D - -o /dev/null -H "Authorization: Bearer $OFFICER" "$URL" | grep -i x-total-count | tr -d '\r') assignments"

for rate in ${RATE//,/ }; do
  echo; echo "== first page through the gateway: constant arrival rate $rate/s"
  OFFICER="$("$ROOT/deploy/bench/token.sh" officer-fgw)"    # a token lives 5 minutes: one per rate
  "$JAVA" "$ROOT/deploy/bench/LoadClient.java" --url "$URL" --header "Authorization: Bearer $OFFICER" \
    --rate "$rate" --warmup "$WARMUP" --duration "$SECONDS_MEASURED"
done

if command -v wrk >/dev/null; then
  OFFICER="$("$ROOT/deploy/bench/token.sh" officer-fgw)"
  echo; echo "== first page through the gateway: wrk 2 threads, 32 connections, 20 s"
  wrk -t2 -c32 -d20s --latency -H "Authorization: Bearer $OFFICER" "$URL"
fi

# the sweep last: its transitions are events that keep the services busy for a while afterwards
echo; echo "== warning sweep over all assignments"
SUPERVISOR="$("$ROOT/deploy/bench/token.sh" supervisor)"
sweep() { curl -s -X POST -H "Authorization: Bearer $SUPERVISOR" "$GATEWAY/api/v1/supervision/warning-sweep"; echo; }
echo "first sweep after generation (every assignment was written GREEN: the worst case, a third change level):"
sweep
"$JAVA" -cp "$PGJDBC" "$ROOT/task-service/bench/GenerateAssignments.java" await-events
echo "again, nothing to change:"
sweep
"$JAVA" -cp "$PGJDBC" "$ROOT/task-service/bench/GenerateAssignments.java" next-day
echo "the next morning (the daily case):"
sweep
