#!/usr/bin/env bash
# The smoke run: the four images as pods (podman kube play, manifests generated from the dev overlay by
# SmokeManifests) against deploy/local's PostgreSQL, Kafka, Keycloak and SMTP (SmokePlatform), and one plan
# through the gateway pod to an officer's inbox. Everything it starts it stops again (pods, platform).
#
#   deploy/k8s/smoke/run.sh            expects the images localhost/supervision/<service>:dev (see README)
#   deploy/k8s/smoke/run.sh --build    makes the base image and the images first
#
# Needs podman (apt-get install -y podman runc) and /etc/containers/containers.conf as deploy/k8s/README.md shows.
# Uses the fixed ports of deploy/local (8080-8083, 9080-9083, 8180, 15432, 19092, 2525, 8025): stop a local run first.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
K8S="$ROOT/deploy/k8s"
WORK="$K8S/target/smoke"
SERVICES=(plan-service task-service notification-service gateway)
PLATFORM_PID=""
PLAYED=false

# podman names a Deployment's pod <name>-pod-0 (4.x) or <name>-pod, its container <pod>-<container>
container_of() { podman ps -a --format '{{.Names}}' | grep -E "^$1-pod(-0)?-$1\$" | head -1; }

log() { printf '%s [smoke] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
fail() { log "FAILED: $*"; exit 1; }

cleanup() {
  if $PLAYED; then
    for service in "${SERVICES[@]}"; do
      podman logs "$(container_of "$service")" > "$WORK/$service.log" 2>&1 || true
    done
    podman kube down "$WORK/suite.yaml" > /dev/null 2>&1 || true
  fi
  if [ -n "$PLATFORM_PID" ] && kill -0 "$PLATFORM_PID" 2>/dev/null; then
    kill "$PLATFORM_PID" # its shutdown hook stops PostgreSQL, Kafka, Keycloak and SMTP
    wait "$PLATFORM_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT

command -v podman > /dev/null || fail "podman is not installed (apt-get install -y podman runc)"
# Keycloak's installation stays between runs (its first start builds it: minutes on a loaded machine);
# its database, PostgreSQL's and Kafka's data start empty each time
# (and its database too, once a start has completed: keycloak-ready; a start cut off leaves a half-made schema)
mkdir -p "$WORK" && find "$WORK" -mindepth 1 -maxdepth 1 ! -name data ! -name k8s.classpath -exec rm -rf {} +
rm -rf "$WORK/data/postgres" "$WORK/data/kafka"
[ -f "$WORK/data/keycloak-ready" ] || rm -rf "$WORK"/data/keycloak/keycloak-*/data/h2

if [ "${1:-}" = "--build" ]; then
  log "making the base image and the images"
  podman image exists localhost/supervision/jre-base:17 || "$K8S/images/make-base-image.sh"
  "$ROOT/mvnw" -q -o -f "$ROOT/pom.xml" package -Pimages -pl deploy/k8s -am -DskipTests
fi
for service in "${SERVICES[@]}"; do
  podman image exists "localhost/supervision/$service:dev" || fail "no image localhost/supervision/$service:dev (run with --build)"
done
[ -f "$ROOT/deploy/local/target/launcher.classpath" ] && [ -d "$K8S/target/classes" ] \
  || "$ROOT/mvnw" -q -o -f "$ROOT/pom.xml" package -pl deploy/k8s -am -DskipTests
[ -f "$WORK/k8s.classpath" ] || "$ROOT/mvnw" -q -o -f "$ROOT/pom.xml" dependency:build-classpath -pl deploy/k8s \
  -Dmdep.includeScope=runtime -Dmdep.outputFile="$WORK/k8s.classpath" > /dev/null

log "starting the platform (PostgreSQL, Kafka, Keycloak, SMTP)"
java -Xmx256m -Dsupervision.keycloak.start-timeout-seconds=600 -cp "$ROOT/deploy/local/target/classes:$(cat "$ROOT/deploy/local/target/launcher.classpath")" \
  "$K8S/smoke/SmokePlatform.java" "$WORK/data" "$WORK/platform.properties" > "$WORK/platform.log" 2>&1 &
PLATFORM_PID=$!
deadline=$((SECONDS + 720))
until [ -f "$WORK/platform.properties" ]; do
  kill -0 "$PLATFORM_PID" 2>/dev/null || { tail -30 "$WORK/platform.log"; fail "the platform did not start"; }
  [ $SECONDS -lt $deadline ] || fail "the platform did not start in time (see $WORK/platform.log)"
  sleep 2
done
touch "$WORK/data/keycloak-ready"
log "platform ready: $(tr '\n' ' ' < "$WORK/platform.properties")"

log "generating the pods' manifests from the dev overlay"
java -cp "$K8S/target/classes:$(cat "$WORK/k8s.classpath")" org.supervision.k8s.SmokeManifests "$K8S" "$WORK/platform.properties" "$WORK/suite.yaml"
log "podman kube play $WORK/suite.yaml"
PLAYED=true
podman kube play "$WORK/suite.yaml"

for entry in plan-service:9081 task-service:9082 notification-service:9083 gateway:9080; do
  service="${entry%%:*}"; port="${entry##*:}"
  deadline=$((SECONDS + 300))
  until curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null; do
    container="$(container_of "$service")"
    state="$(podman inspect --format '{{.State.Status}}' "$container" 2>/dev/null || echo missing)"
    [ "$state" = running ] || { podman logs --tail 40 "$container" || true; fail "$service is $state"; }
    [ $SECONDS -lt $deadline ] || { podman logs --tail 40 "$container" || true; fail "$service not ready in time"; }
    sleep 3
  done
  log "$service ready (management port $port)"
done
curl -sf http://127.0.0.1:9080/q/health/group/upstreams > "$WORK/upstreams.json" || fail "an upstream is down: $(cat "$WORK/upstreams.json")"
log "gateway upstreams: $(cat "$WORK/upstreams.json" | tr -d ' \n')"
podman ps --format '{{.Names}} {{.Image}} {{.Status}}' | grep -- '-pod-' | sed 's/^/    /'
for service in "${SERVICES[@]}"; do
  log "$service runs as $(podman inspect --format 'user {{.Config.User}}, read-only root {{.HostConfig.ReadonlyRootfs}}, privileged {{.HostConfig.Privileged}}' "$(container_of "$service")")"
done

TOKEN_URL="$(sed -n 's/^token-url=//p' "$WORK/platform.properties")"
token() {
  curl -sf "$TOKEN_URL" -d grant_type=password -d client_id=supervision-app -d "username=$1" -d "password=$1" \
    | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}
SUPERVISOR="$(token supervisor)"
OFFICER="$(token officer-fgw)"
[ -n "$SUPERVISOR" ] && [ -n "$OFFICER" ] || fail "no tokens from $TOKEN_URL"

MARK="smoke-$(date -u +%Y%m%d%H%M%S)"
log "publishing a plan through the gateway pod ($MARK)"
cat > "$WORK/plan-request.json" <<JSON
{"title": "钦州市优化营商环境冒烟测试方案 $MARK", "docNumber": "钦政办〔2024〕$(date -u +%H%M%S)号", "year": 2024,
 "measures": [{"number": "1", "title": "健全透明规范准入退出机制（$MARK）", "leadUnits": ["市发展改革委"],
               "cooperatingUnits": ["市市场监管局"], "deadline": "2024-12-31"}]}
JSON
# the same Idempotency-Key on a retry: a plan whose answer was lost to a timeout is not created twice
for attempt in 1 2 3; do
  status=$(curl -s -o "$WORK/plan.json" -w '%{http_code}' -X POST http://127.0.0.1:8080/api/v1/plans \
    -H "Authorization: Bearer $SUPERVISOR" -H "Idempotency-Key: $MARK" -H 'Content-Type: application/json; charset=UTF-8' \
    --data-binary @"$WORK/plan-request.json")
  case "$status" in 502|503|504) log "attempt $attempt: $status, again"; sleep 5 ;; *) break ;; esac
done
[ "$status" = 201 ] || [ "$status" = 200 ] || fail "POST /api/v1/plans answered $status: $(cat "$WORK/plan.json")"
# the answer is {"plan": {"id": …, …}, …}: the plan's id is the first one
PLAN="$(grep -o '"id":"[^"]*"' "$WORK/plan.json" | head -1 | cut -d'"' -f4)"
log "plan $PLAN created and published (201)"

deadline=$((SECONDS + 120))
ASSIGNMENT=""
until [ -n "$ASSIGNMENT" ]; do
  [ $SECONDS -lt $deadline ] || fail "no assignment of plan $PLAN for officer-fgw"
  sleep 2
  ASSIGNMENT="$(curl -sf "http://127.0.0.1:8080/api/v1/assignments?planId=$PLAN" -H "Authorization: Bearer $OFFICER" \
    | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4 || true)"
done
log "officer-fgw (QZ-FGW) has the assignment $ASSIGNMENT"
deadline=$((SECONDS + 120))
until curl -sf "http://127.0.0.1:8080/api/v1/inbox?size=200" -H "Authorization: Bearer $OFFICER" > "$WORK/inbox.json" \
      && grep -q "$ASSIGNMENT" "$WORK/inbox.json"; do
  [ $SECONDS -lt $deadline ] || fail "the assignment $ASSIGNMENT did not reach officer-fgw's inbox"
  sleep 2
done
log "officer-fgw's inbox has it: $(grep -o "{[^{}]*$ASSIGNMENT[^{}]*}" "$WORK/inbox.json" | head -1)"
log "PASSED: plan -> gateway pod -> plan-service pod -> Kafka -> task-service pod -> notification-service pod -> inbox"
