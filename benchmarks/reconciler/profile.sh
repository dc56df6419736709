#!/usr/bin/env bash
# Where the time of an add and of a story listing goes, on the database run.sh left behind (its last phase).
#
#   benchmarks/reconciler/profile.sh [adds]     # default 200 adds of 20 claims, round robin over the big stories
#
# 1. The SQL: starts the reconciler with -Dquarkus.hibernate-orm.log.sql=true, adds one article to a big story,
#    lists its discrepancies, reads a filtered feed page, and counts the statements Hibernate sent for each.
# 2. A CPU profile: starts it again without SQL logging, runs the adds to big stories, adds that each start a new
#    story (the fixed cost of an add), then the listings, each under its own JFR
#    recording, and prints the share of the worker threads' samples in each part (jfr_top.py).
# 3. EXPLAIN (ANALYZE, BUFFERS) of the add's reads, the listing's and the feed's, as Hibernate sends them.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
DB="${DB:-claimcheck_bench}"
PORT=18082
MANAGEMENT_PORT=19082
APP="$ROOT/reconciler-service/target/quarkus-app"
OUT="${OUT:-$HERE/results}"
ADDS="${1:-200}"
LISTS="${LISTS:-2000}"
STORY="${STORY:-big-07}"
PSQL=(psql -X -h 127.0.0.1 -U postgres -d "$DB")
PROBE=(python3 "$HERE/probe.py")
mkdir -p "$OUT"

# shellcheck source=reconciler-jar.sh
source "$HERE/reconciler-jar.sh"

slice() { # $1 name, then a command; keeps the SQL log lines the command caused
  local name="$1"; shift
  local before; before=$(wc -l <"$OUT/profile-sql.log")
  "$@" >/dev/null
  sleep 0.2
  tail -n +"$((before + 1))" "$OUT/profile-sql.log" >"$OUT/profile-one-$name.sql.log"
}

claims=$("${PSQL[@]}" -Atc "SELECT count(*) FROM claim WHERE story_id='$STORY'")
echo "=== 1. the SQL of one add to $STORY ($claims claims), one listing of it, one filtered feed page"
start_jar "$OUT/profile-sql.log" -Dquarkus.hibernate-orm.log.sql=true
"${PROBE[@]}" adds 1 "s$(date +%s)" "$STORY" >/dev/null   # warms the statement caches
slice add "${PROBE[@]}" adds 1 "t$(date +%s)" "$STORY"
slice listing curl -sf -m 10 "http://127.0.0.1:$PORT/stories/$STORY/discrepancies"
slice feed curl -sf -m 10 "http://127.0.0.1:$PORT/discrepancies?limit=20&severity=LOW&party=Kenya"
stop_jar
for what in add listing feed; do
  echo "--- $what: $("${PROBE[@]}" sql "$OUT/profile-one-$what.sql.log" | tr '\n' ' ' | tr -s ' ')"
done

echo "=== 2. CPU profile of $ADDS adds, then $LISTS listings of the big stories (JFR, no SQL logging)"
start_jar "$OUT/profile-jfr.log" -XX:FlightRecorderOptions=stackdepth=256
"${PROBE[@]}" adds 40 "j$(date +%s)" >/dev/null   # warm-up
jcmd "$JAR_PID" JFR.start name=adds settings=profile >/dev/null
"${PROBE[@]}" adds "$ADDS" "k$(date +%s)"
jcmd "$JAR_PID" JFR.stop name=adds filename="$OUT/profile-adds.jfr" >/dev/null
"${PROBE[@]}" adds 100 "f$(date +%s)" fresh >/dev/null   # warm-up
jcmd "$JAR_PID" JFR.start name=fresh settings=profile >/dev/null
"${PROBE[@]}" adds 300 "g$(date +%s)" fresh
jcmd "$JAR_PID" JFR.stop name=fresh filename="$OUT/profile-fresh.jfr" >/dev/null
"${PROBE[@]}" lists 300 >/dev/null                # warm-up
jcmd "$JAR_PID" JFR.start name=lists settings=profile >/dev/null
"${PROBE[@]}" lists "$LISTS"
jcmd "$JAR_PID" JFR.stop name=lists filename="$OUT/profile-lists.jfr" >/dev/null
stop_jar
for what in adds fresh lists; do
  echo "--- JFR, $what"
  jfr print --stack-depth 300 --events jdk.ExecutionSample "$OUT/profile-$what.jfr" >"$OUT/profile-samples.txt"
  python3 "$HERE/jfr_top.py" "$OUT/profile-samples.txt"
done
rm -f "$OUT/profile-samples.txt"

echo "=== 3. EXPLAIN ANALYZE, $STORY"
"${PSQL[@]}" <<SQL
\\echo '-- add, story not in memory (DiscrepancyKeeper.load): ArticleRepository.provenanceInStory'
EXPLAIN (ANALYZE, BUFFERS) SELECT a.article_id, a.publisher, a.published_at FROM article a WHERE a.story_id = '$STORY';
\\echo '-- add, story not in memory: ClaimRepository.storedInStory (sorted in Java afterwards)'
EXPLAIN (ANALYZE, BUFFERS) SELECT claim_id, article_id, mention, span_start, stated_value, lower_value, upper_value, bound,
  metric, object, subject_text, subject_party, claimant_text, claimant_party, sentence, cues, place, lead_set_aside
  FROM claim WHERE story_id = '$STORY';
\\echo '-- the same sorted by PostgreSQL, under its collation and under C (why the sort is done in Java)'
EXPLAIN (ANALYZE) SELECT c.* FROM claim c WHERE c.story_id = '$STORY' ORDER BY c.article_id, c.span_start;
EXPLAIN (ANALYZE) SELECT c.* FROM claim c WHERE c.story_id = '$STORY' ORDER BY c.article_id COLLATE "C", c.span_start;
\\echo '-- add, story not in memory: DiscrepancyRepository.judgedInStory'
EXPLAIN (ANALYZE, BUFFERS) SELECT d.pk, d.discrepancy_id, d.conflicts FROM discrepancy d WHERE d.story_id = '$STORY';
\\echo '-- listing: requireStory -> StoryStore.summary counts the story claims (and articles, discrepancies) only to know it exists'
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FROM claim c WHERE c.story_id = '$STORY';
\\echo '-- listing: DiscrepancyRepository.inStory'
EXPLAIN (ANALYZE, BUFFERS) SELECT d.* FROM discrepancy d WHERE d.story_id = '$STORY' ORDER BY d.ratio DESC, d.discrepancy_id;
\\echo '-- feed, severity=LOW&party=Kenya, first page'
EXPLAIN (ANALYZE, BUFFERS) SELECT d.* FROM discrepancy d WHERE 1 = 1 AND d.severity IN ('LOW')
  AND EXISTS (SELECT 1 FROM discrepancy_party p WHERE p.discrepancy_pk = d.pk AND p.party = 'Kenya')
  ORDER BY d.detected_at DESC, d.story_id DESC, d.discrepancy_id DESC OFFSET 0 ROWS FETCH FIRST 21 ROWS ONLY;
\\echo '-- what a big story holds'
SELECT count(*) AS discrepancies, sum(length(body)) AS body_chars, max(length(body)) AS max_body_chars,
       round(avg(json_array_length(body::json->'claimIds'))) AS avg_claim_ids,
       (SELECT count(*) FROM claim WHERE story_id = '$STORY') AS claims
  FROM discrepancy WHERE story_id = '$STORY';
SQL
