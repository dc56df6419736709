#!/usr/bin/env bash
# Cold start and resting memory of each service, started as run-local.sh starts it (local profile, embedded
# database under a scratch directory, the same JVM options): the time from launching the JVM until the service's
# readiness check answers 200 on its management port, and its resident memory (RSS) a few seconds later, at rest.
# Each service RUNS times (default 5); the median and the worst are printed. The gateway is ready only when the two
# services behind it answer, so they are started (and not measured) before its runs. Uses the ports of
# run-local.sh, which must be free. Builds nothing: run ./run-local.sh or ./mvnw package once first. See
# benchmarks/README.md ("Cold start and memory").
#
#   benchmarks/startup/run.sh            all three services
#   RUNS=10 benchmarks/startup/run.sh extractor-service
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
# shellcheck source=../../jvm-options.sh
source ./jvm-options.sh
runs=${RUNS:-5}
rest=${REST_SECONDS:-5}
services=("$@")
[ ${#services[@]} -gt 0 ] || services=(extractor-service reconciler-service gateway)
scratch=$(mktemp -d)

declare -A port=([extractor-service]=8081 [reconciler-service]=8082 [gateway]=8080)
declare -A management=([extractor-service]=9001 [reconciler-service]=9002 [gateway]=9000)
helpers=()
stop_helpers() { [ ${#helpers[@]} -eq 0 ] || { kill -TERM "${helpers[@]}" 2>/dev/null; wait "${helpers[@]}" 2>/dev/null; }; helpers=(); }
trap 'stop_helpers; rm -rf "$scratch"' EXIT

# starts a service in its own directory (the local profile's embedded database, ./data/, starts empty); sets $pid
launch() {
  local service=$1 dir=$2 options
  options=$(service_jvm_options "$service")
  mkdir -p "$dir"
  # shellcheck disable=SC2086
  (cd "$dir" && exec java $options -Dquarkus.profile=local -Dquarkus.http.port="${port[$service]}" \
    -Dquarkus.management.port="${management[$service]}" -jar "$root/$service/target/quarkus-app/quarkus-run.jar" \
    > "$dir/log" 2>&1) &
  pid=$!
}

wait_ready() { # service, pid
  until curl -fsS -o /dev/null "http://localhost:${management[$1]}/q/health/ready" 2>/dev/null; do
    kill -0 "$2" 2>/dev/null || { echo "$1 stopped while starting:" >&2; cat "$scratch"/*/log >&2; exit 1; }
    sleep 0.02
  done
}

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1); load average:$(uptime | sed 's/.*load average://')"
echo "== JVM options: $(service_jvm_options extractor-service)"
for service in "${services[@]}"; do
  jar="$service/target/quarkus-app/quarkus-run.jar"
  [ -f "$jar" ] || { echo "no build of $service: ./mvnw package -DskipTests -pl $service" >&2; exit 1; }
  if [ "$service" = gateway ]; then
    for behind in extractor-service reconciler-service; do
      launch "$behind" "$scratch/behind-$behind"; helpers+=("$pid"); wait_ready "$behind" "$pid"
    done
  fi
  times=() rss=()
  for run in $(seq "$runs"); do
    start=$(date +%s%N)
    launch "$service" "$scratch/$service-$run"
    wait_ready "$service" "$pid"
    ready=$(( ($(date +%s%N) - start) / 1000000 ))
    sleep "$rest"
    kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
    kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
    times+=("$ready") rss+=("$kb")
    printf '   %-19s run %d: ready after %5d ms, RSS %4d MB at rest\n' "$service" "$run" "$ready" $((kb / 1024))
  done
  median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  worst() { printf '%s\n' "$@" | sort -n | tail -1; }
  printf '%-19s ready: median %d ms, worst %d ms | RSS at rest: median %d MB, worst %d MB\n' "$service" \
    "$(median "${times[@]}")" "$(worst "${times[@]}")" $(( $(median "${rss[@]}") / 1024 )) $(( $(worst "${rss[@]}") / 1024 ))
  stop_helpers
done
