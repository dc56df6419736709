# Sourced by run.sh and profile.sh: a private copy of the reconciler build, started on 127.0.0.1:$PORT against the
# PostgreSQL database $DB, and stopped (with the copy removed) when the script exits.
# Needs ROOT, APP, PORT, MANAGEMENT_PORT and DB set; JAVA_OPTS (optional) goes to every start.

# Other engineers rebuild reconciler-service/target while a benchmark runs: measure a private copy of the build.
[ -f "$APP/quarkus-run.jar" ] || { echo "no build at $APP (./mvnw -q -o package -DskipTests -pl reconciler-service)" >&2; exit 1; }
SNAPSHOT="$(mktemp -d /tmp/claimcheck-reconciler-app.XXXXXX)"
cp -r "$APP/." "$SNAPSHOT/"
JAR="$SNAPSHOT/quarkus-run.jar"
echo "reconciler build of $(date -u -r "$APP/quarkus-run.jar" +%FT%TZ) (HEAD $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'); uncommitted changes under reconciler-service: $(git -C "$ROOT" status --porcelain -- reconciler-service 2>/dev/null | wc -l) files), copied to $SNAPSHOT"

JAR_PID=""
stop_jar() {
  if [ -n "$JAR_PID" ] && kill -0 "$JAR_PID" 2>/dev/null; then
    kill "$JAR_PID"
    for _ in $(seq 1 60); do kill -0 "$JAR_PID" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$JAR_PID" 2>/dev/null || true
  fi
  JAR_PID=""
}
cleanup() { stop_jar; rm -rf "$SNAPSHOT"; }
trap cleanup EXIT INT TERM

start_jar() { # $1: log file, then extra JVM options
  local log="$1"; shift
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} "$@" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
    -Dquarkus.management.host=127.0.0.1 -Dquarkus.management.port="$MANAGEMENT_PORT" \
    -Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:5432/$DB" -Dquarkus.datasource.username=postgres \
    -jar "$JAR" >"$log" 2>&1 &
  JAR_PID=$!
  for _ in $(seq 1 240); do
    if curl -sf -m 2 -o /dev/null "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready"; then return 0; fi
    kill -0 "$JAR_PID" 2>/dev/null || { echo "the reconciler exited; see $log" >&2; tail -20 "$log" >&2; exit 1; }
    sleep 0.5
  done
  echo "the reconciler did not become ready; see $log" >&2; exit 1
}
