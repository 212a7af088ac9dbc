#!/usr/bin/env bash
# Starts the whole supervision suite on this machine: PostgreSQL, Kafka, Keycloak, an SMTP server and
# the four services, from artifacts on Maven Central (no Docker, nothing to install but a JDK).
#
#   deploy/local/run.sh               build what is missing, run in the foreground (Ctrl-C stops everything)
#   deploy/local/run.sh --background  return once the gateway answers healthy; stop with deploy/local/stop.sh
#   options: --wipe (start from empty data), --rebuild (rebuild the modules first),
#            --no-demo (do not load the Qinzhou sample plan, which a fresh data folder otherwise gets)
#   environment: SUPERVISION_DATA (data folder, default .local-data in the project root)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATA="${SUPERVISION_DATA:-$ROOT/.local-data}"
PIDFILE="$DATA/launcher.pid"
READY="$DATA/ready"
LOG="$DATA/launcher.log"

background=false
wipe=false
rebuild=false
demo=()
for arg in "$@"; do
  case "$arg" in
    --background) background=true ;;
    --wipe) wipe=true ;;
    --rebuild) rebuild=true ;;
    --no-demo) demo=(--no-demo) ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg (see --help)" >&2; exit 2 ;;
  esac
done

if [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
  echo "The suite is already running (launcher pid $(cat "$PIDFILE")); stop it with deploy/local/stop.sh" >&2
  exit 1
fi

missing=false
for module in plan-service task-service notification-service gateway; do
  [ -f "$ROOT/$module/target/quarkus-app/quarkus-run.jar" ] || missing=true
done
[ -f "$ROOT/deploy/local/target/launcher.classpath" ] || missing=true
if $missing || $rebuild; then
  echo "Building the suite (first time: Maven downloads its dependencies, a few minutes)..."
  "$ROOT/mvnw" -q -f "$ROOT/pom.xml" install -DskipTests
fi

if $wipe; then
  rm -rf "$DATA"
fi
mkdir -p "$DATA"
rm -f "$READY"

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
CLASSPATH="$ROOT/deploy/local/target/classes:$(cat "$ROOT/deploy/local/target/launcher.classpath")"
LAUNCH=("$JAVA" -Xmx256m -cp "$CLASSPATH" org.supervision.local.LocalPlatformMain --root "$ROOT" --data "$DATA" --ready-file "$READY" ${demo[@]+"${demo[@]}"})

if ! $background; then
  echo $$ > "$PIDFILE"
  exec "${LAUNCH[@]}"
fi

# In its own session, so that closing this terminal or Ctrl-C here does not stop the suite.
setsid "${LAUNCH[@]}" > "$LOG" 2>&1 < /dev/null &
echo $! > "$PIDFILE"
echo "Starting the suite in the background (log: $LOG)..."
deadline=$((SECONDS + 420))
until [ -f "$READY" ]; do
  if ! kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
    echo "The suite did not start. Last lines of $LOG:" >&2
    tail -n 40 "$LOG" >&2
    rm -f "$PIDFILE"
    exit 1
  fi
  if [ $SECONDS -gt $deadline ]; then
    echo "The suite did not become healthy in time; stopping it. See $LOG" >&2
    "$ROOT/deploy/local/stop.sh"
    exit 1
  fi
  sleep 1
done
sed -n '/^-----/,$p' "$LOG"
