#!/usr/bin/env bash
# Stops a suite started with deploy/local/run.sh --background, and anything of it left behind.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATA="${SUPERVISION_DATA:-$ROOT/.local-data}"
PIDFILE="$DATA/launcher.pid"

if [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
  pid="$(cat "$PIDFILE")"
  echo "Stopping the suite (launcher pid $pid)..."
  kill -TERM "$pid"
  for _ in $(seq 1 90); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
else
  echo "No running suite found for $DATA."
fi
rm -f "$PIDFILE" "$DATA/ready"

# A launcher killed hard cannot stop its servers; each names the data folder on its command line.
if pgrep -f -- "$DATA/" > /dev/null 2>&1; then
  echo "Stopping servers left behind..."
  pkill -TERM -f -- "$DATA/" || true
  sleep 5
  pkill -KILL -f -- "$DATA/" || true
fi
echo "Stopped."
