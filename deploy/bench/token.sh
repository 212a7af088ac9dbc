#!/usr/bin/env bash
# Prints an access token of a local demo user (LOCAL ONLY: the password grant exists in the local realm only).
#   deploy/bench/token.sh [user]     (default supervisor; password = user name)
set -euo pipefail
user="${1:-supervisor}"
curl -sf -d grant_type=password -d client_id=supervision-app -d "username=$user" -d "password=$user" \
  "${KEYCLOAK_URL:-http://localhost:8180}/realms/supervision/protocol/openid-connect/token" \
  | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
