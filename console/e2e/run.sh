#!/usr/bin/env bash
# The console's browser tests: Playwright driving the machine's Chromium against the real local suite.
#
#   console/e2e/run.sh            uses a running local suite (deploy/local/run.sh --background), or starts one
#                                 and stops it again at the end
#   environment: CONSOLE_URL (default http://localhost:8080), CHROMIUM (default /usr/bin/chromium)
# Screenshots of the latest run are written to docs/screenshots/.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
URL="${CONSOLE_URL:-http://localhost:8080}"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

command -v npm >/dev/null || { echo "npm is missing: install Node.js 20 or later" >&2; exit 1; }
[ -x "$CHROMIUM" ] || { echo "No Chromium at $CHROMIUM: apt-get install -y chromium (or set CHROMIUM)" >&2; exit 1; }

answers() { curl -fsS -o /dev/null "$URL/console-config.json" 2>/dev/null; }
started=false
PIDFILE="${SUPERVISION_DATA:-$ROOT/.local-data}/launcher.pid"
if ! answers && [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
  echo "A local suite is starting: waiting for it..."
  for _ in $(seq 1 420); do answers && break; sleep 1; done
fi
if ! answers; then
  echo "No suite answers at $URL: starting one (deploy/local/run.sh --background)..."
  "$ROOT/deploy/local/run.sh" --background
  started=true
fi
stop() { if $started; then "$ROOT/deploy/local/stop.sh"; fi; }
trap stop EXIT

cd "$ROOT/console"
[ -d node_modules ] || npm ci --no-audit --no-fund
CONSOLE_URL="$URL" CHROMIUM="$CHROMIUM" npx playwright test "$@"
