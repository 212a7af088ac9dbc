#!/usr/bin/env bash
# Builds the four images (plan-, task-, notification-service, gateway) from their fast-jars with podman.
#   deploy/k8s/images/build-images.sh [base-image] [registry] [tag]
# Defaults: localhost/supervision/jre-base:17 (make-base-image.sh), localhost/supervision, dev.
# Run by `./mvnw package -Pimages -pl deploy/k8s -am` (properties images.base, images.registry, images.tag),
# which builds the modules first; run alone, it expects their target/quarkus-app.
set -euo pipefail
BASE="${1:-localhost/supervision/jre-base:17}"
REGISTRY="${2:-localhost/supervision}"
TAG="${3:-dev}"
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
CONTAINERFILE="$ROOT/deploy/k8s/images/Containerfile"

podman image exists "$BASE" || [[ "$BASE" != localhost/* ]] || {
  echo "no base image $BASE: make it with deploy/k8s/images/make-base-image.sh" >&2; exit 1; }

for entry in plan-service:8081:9081 task-service:8082:9082 notification-service:8083:9083 gateway:8080:9080; do
  IFS=: read -r module api management <<< "$entry"
  context="$ROOT/$module/target"
  [ -f "$context/quarkus-app/quarkus-run.jar" ] || { echo "$module: no fast-jar in $context/quarkus-app (build it first)" >&2; exit 1; }
  podman build --pull=never -f "$CONTAINERFILE" --build-arg "BASE_IMAGE=$BASE" --build-arg "SERVICE=$module" \
    --build-arg "API_PORT=$api" --build-arg "MANAGEMENT_PORT=$management" -t "$REGISTRY/$module:$TAG" "$context"
  echo "built $REGISTRY/$module:$TAG"
done
