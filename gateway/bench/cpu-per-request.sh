#!/usr/bin/env bash
# The gateway's CPU per request (user + system time of its process, from /proc, divided by the
# requests served), under wrk at 32 connections. Less sensitive to a noisy machine than req/s: use it
# to compare two builds side by side, each gateway on its own port in front of the same services.
#
#   gateway/bench/cpu-per-request.sh [rounds] [seconds] [port ...]      (default: 6 15 8080)
#
# A second build to compare with: start its quarkus-run.jar with the suite's gateway settings (see
# `ps -o args` of the running gateway) and -Dquarkus.http.port=8088 -Dquarkus.management.port=9088,
# then: gateway/bench/cpu-per-request.sh 6 15 8080 8088. The targets take turns, round after round,
# after a 60 s warm-up each; a gateway started a minute ago is still compiling, so give a fresh one a
# few minutes of load first. The request is the cheapest there is (calendar, no database).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ROUNDS="${1:-6}"; SECS="${2:-15}"; shift $(( $# > 2 ? 2 : $# )) || true
PORTS=("${@:-8080}")
[ ${#PORTS[@]} -eq 0 ] && PORTS=(8080)
PATH_Q="/api/v1/calendar/add?start=2024-09-27&workingDays=3"
TOKEN="$("$ROOT/deploy/bench/token.sh" supervisor)"   # lives 5 minutes: fetched again each round
pid_of() { ss -ltnpH "sport = :$1" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
HZ="$(getconf CLK_TCK)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
for port in "${PORTS[@]}"; do
  wrk -t2 -c32 -d60s -H "Authorization: Bearer $TOKEN" "http://localhost:$port$PATH_Q" > /dev/null   # warm-up
done
for round in $(seq 1 "$ROUNDS"); do
  TOKEN="$("$ROOT/deploy/bench/token.sh" supervisor)"
  line="round $round"
  for port in "${PORTS[@]}"; do
    pid="$(pid_of "$port")"
    before="$(ticks "$pid")"
    out="$(wrk -t2 -c32 -d"${SECS}s" -H "Authorization: Bearer $TOKEN" "http://localhost:$port$PATH_Q")"
    after="$(ticks "$pid")"
    if echo "$out" | grep -q Non-2xx; then echo "port $port answered errors: $out" >&2; exit 1; fi
    requests="$(echo "$out" | awk '/requests in/ {print $1}')"
    line="$line | port $port $(echo "$out" | awk '/Requests\/sec/ {printf "%.0f", $2}') req/s,"
    line="$line $(awk -v t=$((after - before)) -v n="$requests" -v hz="$HZ" 'BEGIN {printf "%.0f", t * 1e6 / hz / n}') µs CPU per request"
  done
  echo "$line"
done
