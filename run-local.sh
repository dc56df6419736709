#!/usr/bin/env bash
# Starts claimcheck on this machine: gateway :8080, extractor :8081, reconciler :8082, with an embedded
# database under ./data/; their health and metrics on the management ports :9000, :9001, :9002. Builds what is
# missing first. Ctrl-C (or SIGTERM) stops all three.
set -euo pipefail
cd "$(dirname "$0")"

SERVICES=(extractor-service reconciler-service gateway)
DATA_DIR=./data
LOG_DIR="$DATA_DIR/logs"

jar_of() { echo "$1/target/quarkus-app/quarkus-run.jar"; }

# a service needs a build when its jar is missing or any of its sources (or the parent pom) is newer
needs_build() {
  local jar
  jar=$(jar_of "$1")
  [ ! -f "$jar" ] && return 0
  [ -n "$(find "$1/src/main" "$1/pom.xml" pom.xml -newer "$jar" -print -quit 2>/dev/null)" ]
}

stale=()
for s in "${SERVICES[@]}"; do needs_build "$s" && stale+=("$s"); done
if [ ${#stale[@]} -gt 0 ]; then
  echo "Building ${stale[*]} ..."
  modules=$(IFS=,; echo "${stale[*]}")
  ./mvnw -B -q package -DskipTests -pl "$modules" -am
fi

mkdir -p "$LOG_DIR"
pids=()
stop() {
  trap - INT TERM EXIT
  if [ ${#pids[@]} -gt 0 ]; then
    echo "Stopping claimcheck ..."
    kill -TERM "${pids[@]}" 2>/dev/null || true
    wait "${pids[@]}" 2>/dev/null || true
  fi
}
trap 'stop; exit 130' INT
trap 'stop; exit 143' TERM
trap stop EXIT

# shellcheck source=jvm-options.sh
source ./jvm-options.sh
start() { # service, port, management port
  # shellcheck disable=SC2046
  java $(service_jvm_options "$1") -Dquarkus.profile=local -Dquarkus.http.port="$2" -Dquarkus.management.port="$3" -jar "$(jar_of "$1")" \
    >"$LOG_DIR/$1.log" 2>&1 &
  pids+=($!)
}
start extractor-service 8081 9001
start reconciler-service 8082 9002
start gateway 8080 9000

# readiness is on each service's management port; the gateway's waits for the two behind it
ready() { curl -fsS -o /dev/null "http://localhost:$1/q/health/ready" 2>/dev/null; }
deadline=$((SECONDS + 120))
for port in 9001 9002 9000; do
  until ready "$port"; do
    for pid in "${pids[@]}"; do
      kill -0 "$pid" 2>/dev/null || { echo "A service stopped while starting; see $LOG_DIR/" >&2; exit 1; }
    done
    [ $SECONDS -lt $deadline ] || { echo "Not ready after 120 s; see $LOG_DIR/" >&2; exit 1; }
    sleep 0.5
  done
done

cat <<MSG
claimcheck is running.
  Review desk: http://localhost:8080/
  API:         http://localhost:8080/api/v1/analyses
  Swagger UI:  http://localhost:8080/q/swagger-ui
  OpenAPI:     http://localhost:8080/q/openapi
  Health:      http://localhost:9000/q/health    Metrics: http://localhost:9000/q/metrics
  Logs:        $LOG_DIR/    Database: $DATA_DIR/
Press Ctrl-C to stop.
MSG
wait -n "${pids[@]}" || true
echo "A service stopped; see $LOG_DIR/" >&2
exit 1
