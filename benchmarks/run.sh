#!/usr/bin/env bash
# Builds benchmarks/target/benchmarks.jar, runs the extractor's JMH throughput benchmark over the
# FA-KES corpus (one thread), then the Recognizers-Text baseline over the same articles (one thread),
# and prints both in MB/s with their ratio. See benchmarks/README.md.
#
#   benchmarks/run.sh                 build, extractor, baseline (number-model, number, all-numbers)
#   benchmarks/run.sh --no-build      use the jar as it is
#   benchmarks/run.sh --no-baseline   the extractor only
#   benchmarks/run.sh --profile       also per-article times and the linearity check
#   JMH_ARGS="-wi 1 -i 2" benchmarks/run.sh   extra options for JMH (after the defaults in the class)
#
# Exits 0 with a message when ../shared/eval/fakes/fakes.csv is absent.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
build=1 baseline=1 profile=0
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    --no-baseline) baseline=0 ;;
    --profile) profile=1 ;;
    *) echo "unknown option $arg (see the head of $0)" >&2; exit 2 ;;
  esac
done

csv="${CLAIMCHECK_FAKES:-$root/../shared/eval/fakes/fakes.csv}"
if [ ! -f "$csv" ]; then
  echo "FA-KES corpus not found at $csv: nothing to measure (the texts stay in ../shared/eval/ and are never committed)."
  exit 0
fi
csv="$(cd "$(dirname "$csv")" && pwd)/$(basename "$csv")"

conditions() {
  echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr); load average$(uptime | sed 's/.*load average//')"
  echo "   busiest processes over the last second (top: %CPU, command; 100 = one core):"
  top -b -n 2 -d 1 -w 200 | awk '/^top -/ { frame++ } frame == 2' | sed -n '8,11p' \
    | while read -r pid _ _ _ _ _ _ _ cpu _; do
        printf '     %6s  %s\n' "$cpu" "$(ps -o args= -p "$pid" 2>/dev/null | cut -c1-110)"
      done
}

if [ "$build" = 1 ]; then
  echo "== build: ./mvnw -pl benchmarks -am -DskipTests package"
  (cd "$root" && ./mvnw -B -q -pl benchmarks -am -DskipTests package)
fi
jar="$here/target/benchmarks.jar"
[ -f "$jar" ] || { echo "$jar is missing: run without --no-build" >&2; exit 1; }

log="$(mktemp -d)"
conditions
echo "== extractor: java -jar benchmarks/target/benchmarks.jar ${JMH_ARGS:-}"
# shellcheck disable=SC2086
java -Dclaimcheck.fakes="$csv" -jar "$jar" ${JMH_ARGS:-} | tee "$log/jmh.txt"
extractor=$(grep -E 'extractAll: .* MB/s' "$log/jmh.txt" | sed -E 's/.*= ([0-9.]+) ± .*/\1/')
# mean of the measured iterations' "# cpu:" lines (warm-up lines start with "# Warmup")
extractor_cpu=$(grep -E '^Iteration .*# cpu:' "$log/jmh.txt" \
  | sed -E 's/.* ([0-9.]+) MB per JVM-CPU-second.*/\1/' | awk '{ s += $1; n++ } END { if (n) printf "%.2f", s / n }')

if [ "$profile" = 1 ]; then
  conditions
  echo "== per-article times and linearity: java -jar benchmarks/target/benchmarks.jar profile"
  java -Dclaimcheck.fakes="$csv" -jar "$jar" profile
fi

if [ "$baseline" = 1 ]; then
  if [ ! -d "$here/recognizers/node_modules/@microsoft/recognizers-text-suite" ]; then
    echo "== npm ci in benchmarks/recognizers"
    (cd "$here/recognizers" && npm ci --no-audit --no-fund)
  fi
  declare -A rt rt_cpu
  for mode in number-model number all-numbers; do
    conditions
    echo "== Recognizers-Text: node benchmarks/recognizers/bench.js --mode $mode"
    node "$here/recognizers/bench.js" --mode "$mode" --csv "$csv" | tee "$log/rt-$mode.txt"
    rt[$mode]=$(grep -E "^recognizers-text $mode:" "$log/rt-$mode.txt" | sed -E 's/.*= ([0-9.]+) MB\/s.*/\1/')
    rt_cpu[$mode]=$(grep -E "^recognizers-text $mode:" "$log/rt-$mode.txt" | sed -E 's/.* ([0-9.]+) MB per CPU-second.*/\1/')
  done
fi
conditions

echo
echo "== summary: MB of UTF-8 article text (1 MB = 10^6 bytes) per second of wall clock, one thread each;"
echo "   in brackets per CPU-second of the whole process (JIT/GC threads included), which other load disturbs less"
printf '   %-48s %7s MB/s  (%s MB/CPU-s)\n' "claimcheck extractor (JMH, 5×5 s after 5×5 s)" "$extractor" "$extractor_cpu"
if [ "$baseline" = 1 ]; then
  for mode in number-model number all-numbers; do
    ratio=$(awk -v a="$extractor" -v b="${rt[$mode]}" 'BEGIN { printf "%.1f", a / b }')
    ratio_cpu=$(awk -v a="$extractor_cpu" -v b="${rt_cpu[$mode]}" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "?" }')
    printf '   %-48s %7s MB/s  (%s MB/CPU-s)  extractor/baseline %s× (%s×)\n' \
      "Recognizers-Text 1.3.1, $mode" "${rt[$mode]}" "${rt_cpu[$mode]}" "$ratio" "$ratio_cpu"
  done
fi
rm -rf "$log"
