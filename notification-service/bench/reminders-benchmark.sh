#!/usr/bin/env bash
# Reminders benchmark (issue: 100,000 reminders due in the same minute all in the inbox within 60 s,
# with the p99 lateness written down; a task event to its inbox item under 200 ms at the median).
#
# Needs the suite running:  deploy/local/run.sh --background
# Then:                     notification-service/bench/reminders-benchmark.sh [count] [events/s] [event seconds]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar() { find ~/.m2/repository/"$1" -name "$2-*.jar" ! -name '*sources*' | sort -V | tail -1; }
CP="$(jar org/postgresql/postgresql postgresql):$(jar org/apache/kafka/kafka-clients kafka-clients):$(jar org/slf4j/slf4j-api slf4j-api)"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA" -cp "$CP" "$ROOT/notification-service/bench/RemindersBenchmark.java" "${1:-100000}" "${2:-20}" "${3:-30}" 2>&1 \
  | grep -v -i 'slf4j'
