#!/usr/bin/env bash
# Import benchmark (issue: import of the largest sample plan under 100 ms server time at the median).
#
# Needs the suite running:  deploy/local/run.sh --background
# Then:                     plan-service/bench/import-benchmark.sh [rate] [seconds]
#
# 1. latency at a constant arrival rate (deploy/bench/LoadClient.java, open model, warm-up first),
#    through the gateway and directly at plan-service, with the service's own Server-Timing
#    (reading + parsing + resolving units);
# 2. throughput with wrk at a fixed connection count.
# Imports are dry runs, so that the benchmark leaves no thousands of drafts behind.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RATE="${1:-20}"
SECONDS_MEASURED="${2:-30}"
PLAN="$ROOT/deploy/local/src/main/resources/demo/qinzhou-2024-implementation-plan.txt"
GATEWAY="${GATEWAY_URL:-http://localhost:8080}"
DIRECT="${PLAN_SERVICE_URL:-http://localhost:8081}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB"
echo "document: $(basename "$PLAN") ($(wc -c < "$PLAN") bytes)"
TOKEN="$("$ROOT/deploy/bench/token.sh" supervisor)"   # fetched before the measured window

for target in "gateway $GATEWAY" "plan-service $DIRECT"; do
  set -- $target
  echo; echo "== $1: constant arrival rate $RATE/s"
  "$JAVA" "$ROOT/deploy/bench/LoadClient.java" --url "$2/api/v1/plans/imports?dryRun=true" --method POST --body "$PLAN" \
    --header "Authorization: Bearer $TOKEN" --header "Content-Type: text/plain; charset=UTF-8" \
    --rate "$RATE" --warmup 15 --duration "$SECONDS_MEASURED"
done

if command -v wrk >/dev/null; then
  LUA="$(mktemp --suffix .lua)"
  trap 'rm -f "$LUA"' EXIT
  cat > "$LUA" <<LUA
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer $TOKEN"
wrk.headers["Content-Type"] = "text/plain; charset=UTF-8"
local f = io.open("$PLAN", "rb"); wrk.body = f:read("*a"); f:close()
LUA
  echo; echo "== gateway: throughput, wrk 2 threads, 8 connections, 20 s"
  wrk -t2 -c8 -d20s -s "$LUA" "$GATEWAY/api/v1/plans/imports?dryRun=true"
fi
