#!/usr/bin/env bash
# The 804 FA-KES articles as one burst through RabbitMQ, with one and then two extractors (the scale-out ratio).
#   benchmarks/broker/run.sh [BASE_PORT]    (default 28090: the gateway; the others on the eight ports after it)
# Starts the packaged services (./mvnw -B package -DskipTests first) with the heap bounds of jvm-options.sh, the
# reconciler on an embedded database under a fresh temporary folder, all on the RabbitMQ at localhost:5672 under the
# suffix ".benchmark" (their own exchange and queues, empty after each run); runs burst.py; stops them.
set -euo pipefail
cd "$(dirname "$0")/../.."
base=${1:-28090}
# shellcheck source=../../jvm-options.sh
source ./jvm-options.sh
pids=()
stop() { [ ${#pids[@]} -eq 0 ] || { kill "${pids[@]}" 2>/dev/null || true; wait "${pids[@]}" 2>/dev/null || true; }; pids=(); }
trap stop EXIT
ready() {
  local deadline=$((SECONDS + 180))
  until curl -fsS -o /dev/null "http://localhost:$1/q/health/ready" 2>/dev/null; do
    [ $SECONDS -lt $deadline ] || { echo "nothing ready on management port $1 after 180 s" >&2; exit 1; }
    sleep 0.5
  done
}

for extractors in 1 2; do
  data=$(mktemp -d)
  settings=(-Dquarkus.profile=local -Dclaimcheck.messaging.suffix=.benchmark
    "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:$data/claimcheck;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
  # shellcheck disable=SC2046
  java $(service_jvm_options reconciler-service) "${settings[@]}" -Dquarkus.http.port=$((base + 1)) \
    -Dquarkus.management.port=$((base + 6)) -jar reconciler-service/target/quarkus-app/quarkus-run.jar \
    >"$data/reconciler.log" 2>&1 &
  pids+=($!); measured=$!
  for i in $(seq 1 "$extractors"); do
    # shellcheck disable=SC2046
    java $(service_jvm_options extractor-service) "${settings[@]}" -Dquarkus.http.port=$((base + 1 + i)) \
      -Dquarkus.management.port=$((base + 6 + i)) -jar extractor-service/target/quarkus-app/quarkus-run.jar \
      >"$data/extractor-$i.log" 2>&1 &
    pids+=($!); measured="$measured,$!"
  done
  ready $((base + 6)); for i in $(seq 1 "$extractors"); do ready $((base + 6 + i)); done
  # shellcheck disable=SC2046
  java $(service_jvm_options gateway) "${settings[@]}" -Dquarkus.http.port="$base" -Dquarkus.management.port=$((base + 5)) \
    -Dquarkus.rest-client.extractor.url=http://localhost:$((base + 2)) \
    -Dquarkus.rest-client.reconciler.url=http://localhost:$((base + 1)) \
    -jar gateway/target/quarkus-app/quarkus-run.jar >"$data/gateway.log" 2>&1 &
  pids+=($!); measured="$measured,$!"
  ready $((base + 5))
  echo "== $extractors extractor(s); pids (reconciler, extractors, gateway) $measured; logs in $data"
  python3 benchmarks/broker/burst.py --url "http://localhost:$base" --pids "$measured" || true
  stop
done
