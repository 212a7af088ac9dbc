#!/usr/bin/env bash
# Gateway overhead (issue: the same request through the gateway versus directly to the service at 32
# concurrent clients: median added latency under 1 ms, throughput at least 80% of direct), with NGINX
# (Debian package) as a plain reverse proxy in front of the same service for comparison.
#
# Needs the suite running (deploy/local/run.sh --background) and nginx installed (apt-get install nginx-light).
#   gateway/bench/overhead-benchmark.sh [rate] [seconds]
# Start the suite with GATEWAY_RATE_LIMIT_ENABLED=false to measure the proxy rather than one client's
# rate limit (one token at 32 connections is far over any per-client limit by design).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RATE="${1:-300}"
SECONDS_MEASURED="${2:-30}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
PATH_Q="/api/v1/calendar/add?start=2024-09-27&workingDays=3"
NGINX_DIR="$(mktemp -d)"
trap 'nginx -p "$NGINX_DIR" -c nginx.conf -s stop 2>/dev/null || true; rm -rf "$NGINX_DIR"' EXIT
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

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB"
TOKEN="$("$ROOT/deploy/bench/token.sh" supervisor)"   # fetched before the measured window
for target in "direct http://localhost:8082" "gateway http://localhost:8080" "nginx http://127.0.0.1:8090"; do
  set -- $target
  echo; echo "== $1: wrk 2 threads, 32 connections, 20 s (throughput)"
  wrk -t2 -c32 -d5s -H "Authorization: Bearer $TOKEN" "$2$PATH_Q" > /dev/null   # warm-up
  wrk -t2 -c32 -d20s --latency -H "Authorization: Bearer $TOKEN" "$2$PATH_Q"
  echo "== $1: constant arrival rate $RATE/s (latency)"
  "$JAVA" "$ROOT/deploy/bench/LoadClient.java" --url "$2$PATH_Q" --header "Authorization: Bearer $TOKEN" \
    --rate "$RATE" --warmup 10 --duration "$SECONDS_MEASURED"
done
