#!/usr/bin/env bash
# The reconciler's scale benchmark, from an empty database to the summary table. See benchmarks/README.md.
#
#   benchmarks/reconciler/run.sh              # both tables: 1,000,000 claims, then the near-empty one
#   benchmarks/reconciler/run.sh full         # only the 1M-claim table
#   benchmarks/reconciler/run.sh empty        # only the near-empty table (the measured stories alone)
#   BUILD=1 benchmarks/reconciler/run.sh      # rebuild the reconciler first (else the jar as it is; built if missing)
#
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust) and drops/creates the database $DB (claimcheck_bench).
# Nothing else is touched. The reconciler listens on 127.0.0.1:$PORT only while a step needs it.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
DB="${DB:-claimcheck_bench}"
PORT="${PORT:-18082}"
MANAGEMENT_PORT="${MANAGEMENT_PORT:-19082}"
APP="$ROOT/reconciler-service/target/quarkus-app"
OUT="${OUT:-$HERE/results}"
JAVA_OPTS="${JAVA_OPTS:-}"
MAX_SECONDS="${MAX_SECONDS:-900}"
PHASES=("$@")
[ ${#PHASES[@]} -eq 0 ] && PHASES=(full empty)
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres)

case "$DB" in test|postgres|template0|template1) echo "refusing to use database '$DB'" >&2; exit 2 ;; esac
mkdir -p "$OUT"

if [ "${BUILD:-0}" = 1 ] || [ ! -f "$APP/quarkus-run.jar" ]; then
  (cd "$ROOT" && ./mvnw -q -o package -DskipTests -pl reconciler-service || ./mvnw -q package -DskipTests -pl reconciler-service)
fi

# shellcheck source=reconciler-jar.sh
source "$HERE/reconciler-jar.sh"

conditions() { # what else the machine is doing
  echo "--- $(date -u +%FT%TZ) $1: $(nproc) cores, $(uptime | sed 's/.*load average/load average/')"
  top -bn1 -o %CPU | sed -n '7,14p'
}

for phase in "${PHASES[@]}"; do
  case "$phase" in
    full) load_flags=() ;;
    empty) load_flags=(--no-filler) ;;
    *) echo "unknown phase '$phase' (full or empty)" >&2; exit 2 ;;
  esac
  echo "=== $phase: database $DB from empty"
  "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
  start_jar "$OUT/reconciler-$phase-migrate.log"   # Flyway creates the schema at start
  stop_jar
  python3 "$HERE/load.py" --db "$DB" "${load_flags[@]}"
  "${PSQL[@]}" -d "$DB" -c "SELECT (SELECT count(*) FROM story) AS stories, (SELECT count(*) FROM article) AS articles,
      (SELECT count(*) FROM claim) AS claims, (SELECT count(*) FROM discrepancy) AS discrepancies,
      pg_size_pretty(pg_database_size(current_database())) AS size"
  start_jar "$OUT/reconciler-$phase.log"
  conditions "before $phase"
  python3 "$HERE/bench.py" --base "http://127.0.0.1:$PORT" --label "$phase" --out "$OUT/results-$phase.json" \
    --max-seconds "$MAX_SECONDS"
  conditions "after $phase"
  "${PSQL[@]}" -d "$DB" -c "SELECT (SELECT count(*) FROM claim) AS claims, (SELECT count(*) FROM discrepancy) AS discrepancies"
  stop_jar
done

files=()
for phase in "${PHASES[@]}"; do files+=("$OUT/results-$phase.json"); done
python3 "$HERE/bench.py" --summary "${files[@]}"
