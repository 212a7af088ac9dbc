#!/usr/bin/env bash
# Gateway overhead (issue: the same request through the gateway versus directly to the service at 32
# concurrent clients: median added latency under 1 ms, throughput at least 80% of direct), with NGINX
# (Debian package) as a plain reverse proxy in front of the same service for comparison, and the gateway's
# own proxy library with nothing around it (BareProxy.java, "vertx-proxy") as the floor of its cost.
#
# Needs the suite running (deploy/local/run.sh --background) and nginx installed (apt-get install nginx-light).
#   [ROUNDS=3] [WARMUP=60] [ONLY=calendar|assignments] gateway/bench/overhead-benchmark.sh [rate] [seconds]
# WARMUP is the seconds of wrk load each target gets before the measured rounds: a JVM that has served a
# few seconds of load is still compiling (the gateway needs about a minute on two cores to reach its
# steady cost per request), so a short warm-up measures the JIT rather than the proxy.
# Start the suite with GATEWAY_RATE_LIMIT_ENABLED=false to measure the proxy rather than one client's
# rate limit (one token at 32 connections is far over any per-client limit by design).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RATE="${1:-300}"
SECONDS_MEASURED="${2:-30}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# Two requests of task-service: the cheapest there is (a calendar lookup, no database: the proxy's share
# is as large as it gets) and the one the product lives on (a unit officer's first page of assignments).
REQUESTS=("calendar supervisor /api/v1/calendar/add?start=2024-09-27&workingDays=3"
          "assignments officer-fgw /api/v1/assignments?size=20")
NGINX_DIR="$(mktemp -d)"
BARE_PID=""
trap 'nginx -p "$NGINX_DIR" -c nginx.conf -s stop 2>/dev/null || true; rm -rf "$NGINX_DIR"; [ -z "$BARE_PID" ] || kill "$BARE_PID"' EXIT
mkdir -p "$NGINX_DIR/logs"
cat > "$NGINX_DIR/nginx.conf" <<CONF
worker_processes 1;
error_log logs/error.log warn;
pid logs/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  upstream task { server 127.0.0.1:8082; keepalive 64; }
  server {
    listen 127.0.0.1:8090;
    location / { proxy_pass http://task; proxy_http_version 1.1; proxy_set_header Connection ""; }
  }
}
CONF
nginx -p "$NGINX_DIR" -c nginx.conf
# The floor: the gateway's proxy library, same jars, with nothing around it (gateway/bench/BareProxy.java).
"$JAVA" -cp "$(ls "$ROOT"/gateway/target/quarkus-app/lib/main/*.jar | tr '\n' :)" "$ROOT/gateway/bench/BareProxy.java" 8089 8082 \
  > "$NGINX_DIR/logs/bare-proxy.log" 2>&1 &   # Netty's warnings when wrk hangs up mid-answer would fill the output
BARE_PID=$!
for _ in $(seq 1 60); do curl -s -o /dev/null http://127.0.0.1:8089/ && break; sleep 0.5; done

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB"
TARGETS=("direct http://localhost:8082" "gateway http://localhost:8080" "nginx http://127.0.0.1:8090"
         "vertx-proxy http://127.0.0.1:8089")
ROUNDS="${ROUNDS:-3}"
WARMUP="${WARMUP:-60}"
for request in "${REQUESTS[@]}"; do
  read -r NAME USER PATH_Q <<< "$request"
  [ -z "${ONLY:-}" ] || [ "$ONLY" = "$NAME" ] || continue
  # Throughput: the targets take turns, round after round, so that a drift of the machine (a JIT
  # compilation, a vacuum) does not land on one of them; the median of the rounds is compared.
  declare -A RPS=()
  for target in "${TARGETS[@]}"; do
    set -- $target
    TOKEN="$("$ROOT/deploy/bench/token.sh" "$USER")"
    wrk -t2 -c32 -d"${WARMUP}s" -H "Authorization: Bearer $TOKEN" "$2$PATH_Q" > /dev/null   # warm-up
  done
  for round in $(seq 1 "$ROUNDS"); do
    TOKEN="$("$ROOT/deploy/bench/token.sh" "$USER")"   # a token lives 5 minutes: one per round
    for target in "${TARGETS[@]}"; do
      set -- $target
      echo; echo "== $NAME, $1, round $round: wrk 2 threads, 32 connections, 15 s (throughput)"
      out="$(wrk -t2 -c32 -d15s --latency -H "Authorization: Bearer $TOKEN" "$2$PATH_Q")"
      echo "$out" | grep -E "^ +(50|99)%|Requests/sec|Non-2xx"
      if echo "$out" | grep -q "Non-2xx"; then
        echo "!! $1 answered errors in this round: its figure is not a measurement of the proxy" >&2
      fi
      RPS[$1]="${RPS[$1]:-} $(echo "$out" | awk '/Requests\/sec/ {print $2}')"
    done
  done
  median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  direct="$(echo "${RPS[direct]}" | median)"
  summary="== $NAME: median req/s of $ROUNDS rounds: direct $direct"
  for target in "${TARGETS[@]:1}"; do
    set -- $target
    m="$(echo "${RPS[$1]}" | median)"
    summary+=" | $1 $m ($(awk -v m="$m" -v d="$direct" 'BEGIN {printf "%.0f", 100 * m / d}')% of direct)"
  done
  echo; echo "$summary"
  TOKEN="$("$ROOT/deploy/bench/token.sh" "$USER")"
  for target in "${TARGETS[@]}"; do
    set -- $target
    echo "== $NAME, $1: constant arrival rate $RATE/s (latency)"
    "$JAVA" "$ROOT/deploy/bench/LoadClient.java" --url "$2$PATH_Q" --header "Authorization: Bearer $TOKEN" \
      --rate "$RATE" --warmup 10 --duration "$SECONDS_MEASURED" | grep -E "latency ms|errors"
  done
  unset RPS
done
