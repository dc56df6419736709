#!/usr/bin/env python3
"""Fills the reconciler's tables (after Flyway made them) with the benchmark's data set, with COPY, not the API.

    python3 load.py --db claimcheck_bench [--no-filler] [--dir /tmp/...]

Writes story, article, claim, discrepancy and discrepancy_party as COPY text files, loads them with psql, then
ANALYZEs. Articles (and their claims) are written in the order they were received across all stories, so a big
story's rows lie scattered through the table as they would in production, not side by side.

Filler stories (99,550 of 9-10 claims) get the discrepancies the reconciler's rules would find among their claims
(same metric, object and subject party, different voices, figures that cannot both be true, not a growing toll),
as two-voice discrepancy bodies in the reconciler's JSON shape. The measured stories get none here: the priming add
in bench.py (one claim of every metric) makes the reconciler itself compute and store all of theirs.
"""

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time

import dataset as ds

NULL = "\\N"


def cell(value):
    if value is None:
        return NULL
    text = str(value)
    if "\\" in text or "\t" in text or "\n" in text:
        text = text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
    return text


def row(*values):
    return "\t".join(cell(v) for v in values) + "\n"


def articles_of(story):
    no, story_id, kind, claims, per_article = story
    start = ds.story_start(no) if kind == "filler" else ds.EPOCH + 300 * ds.DAY + random.Random(
        f"start|{no}").randrange(20 * ds.DAY)
    n = -(-claims // per_article)
    for a in range(n):
        count = min(per_article, claims - a * per_article)
        published = start + a * 7200 + random.Random(f"jitter|{no}|{a}").randrange(3600)
        yield a, count, published


def pg_ts(epoch_seconds):
    return ds.iso(epoch_seconds).replace("T", " ").replace("Z", "+00")


def discrepancies_of(story, articles):
    """Two-voice discrepancies among a filler story's claims, one per count, as the rules would flag them."""
    claims = []
    for doc, published in articles:
        for c in doc["claims"]:
            claims.append((c, doc["article"]["publisher"], published))
    found = {}
    for i in range(len(claims)):
        for j in range(i + 1, len(claims)):
            (c1, p1, t1), (c2, p2, t2) = claims[i], claims[j]
            if (c1["metric"], c1["object"], c1["subject"]["party"]) != (c2["metric"], c2["object"],
                                                                         c2["subject"]["party"]):
                continue
            if ds.claimant_key(c1, p1) == ds.claimant_key(c2, p2):
                continue
            lo1, hi1 = interval(c1)
            lo2, hi2 = interval(c2)
            if lo1 <= hi2 and lo2 <= hi1:
                continue
            (lo, tlo), (hi, thi) = sorted([(c1, t1), (c2, t2)], key=lambda x: x[0]["value"])
            if hi["value"] / lo["value"] > 100 or tlo < thi:  # different scope, or a toll that grew
                continue
            key = (c1["metric"], c1["object"], c1["subject"]["party"])
            if key not in found:
                found[key] = (c1, c2, p1, max(t1, t2))
    return list(found.values())


def interval(c):
    lower, upper = c["lower"], c["upper"] if c["upper"] is not None else float("inf")
    if c["bound"] == "APPROXIMATE":
        lower, upper = lower * 0.9, upper * 1.1
    return lower, upper


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="claimcheck_bench")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--user", default="postgres")
    parser.add_argument("--no-filler", action="store_true", help="only the measured stories (the near-empty table)")
    parser.add_argument("--dir", default=None)
    args = parser.parse_args()

    work = args.dir or tempfile.mkdtemp(prefix="claimcheck-bench-")
    os.makedirs(work, exist_ok=True)
    stories = ds.plan(with_filler=not args.no_filler)
    t0 = time.time()

    order = []
    for story in stories:
        for a, count, published in articles_of(story):
            order.append((published + 300, story[0], a, count, published))
    order.sort()
    print(f"load: {len(stories):,} stories, {len(order):,} articles; writing COPY files to {work}", flush=True)

    files = {name: open(os.path.join(work, name + ".tsv"), "w") for name in
             ("story", "article", "claim", "discrepancy", "discrepancy_party")}
    for no, story_id, kind, claims, per_article in stories:
        first = next(articles_of(stories[no]))[2]
        files["story"].write(row(story_id, pg_ts(first)))

    claims_written = 0
    for received, no, a, count, published in order:
        story_id = stories[no][1]
        doc = ds.make_article(no, story_id, a, count, published)
        art = doc["article"]
        files["article"].write(row(ds.uuid_of("article", story_id, a), story_id, art["id"], art["publisher"],
                                   pg_ts(published), art["url"], art["text"], pg_ts(received), None))
        for c in doc["claims"]:
            files["claim"].write(row(ds.uuid_of("claim", c["id"]), story_id, art["id"], c["id"], c["mention"],
                                     c["span"]["start"], c["span"]["end"], c["value"], c["lower"], c["upper"],
                                     c["bound"], c["metric"], c["object"], c["subject"]["text"],
                                     c["subject"]["party"], c["claimant"]["text"] if c["claimant"] else None,
                                     c["claimant"]["party"] if c["claimant"] else None, c["sentence"]))
            claims_written += 1

    discrepancies = 0
    for story in stories:
        if story[2] != "filler":
            continue
        no, story_id = story[0], story[1]
        docs = [(ds.make_article(no, story_id, a, count, published), published)
                for a, count, published in articles_of(story)]
        for c1, c2, publisher, at in discrepancies_of(story, docs):
            body, parties = ds.discrepancy_body(c1, c2, publisher, ds.severity_of)
            pk = ds.uuid_of("discrepancy", story_id, body["id"])
            detected_ms = (at + 300) * 1000 + random.Random(f"detected|{pk}").randrange(60_000)
            files["discrepancy"].write(row(pk, story_id, body["id"], body["metric"], body["severity"],
                                           repr(body["ratio"]), detected_ms, ds.to_json(body)))
            for party in parties:
                files["discrepancy_party"].write(row(ds.uuid_of("party", pk, party), pk, party))
            discrepancies += 1
    for f in files.values():
        f.close()
    print(f"load: wrote {claims_written:,} claims, {discrepancies:,} discrepancies in {time.time() - t0:.0f} s",
          flush=True)

    columns = {
        "story": "id, created_at",
        "article": "pk, story_id, article_id, publisher, published_at, url, body, received_at, idempotency_key",
        "claim": "pk, story_id, article_id, claim_id, mention, span_start, span_end, stated_value, lower_value, "
                 "upper_value, bound, metric, object, subject_text, subject_party, claimant_text, claimant_party, "
                 "sentence",
        "discrepancy": "pk, story_id, discrepancy_id, metric, severity, ratio, detected_at, body",
        "discrepancy_party": "pk, discrepancy_pk, party",
    }
    script = ["\\set ON_ERROR_STOP on", "SET synchronous_commit = off;", "SET maintenance_work_mem = '512MB';",
              "BEGIN;"]
    for table in ("story", "article", "claim", "discrepancy", "discrepancy_party"):
        script.append(f"\\copy {table} ({columns[table]}) FROM '{os.path.join(work, table + '.tsv')}'")
    script += ["COMMIT;", "VACUUM ANALYZE story, article, claim, discrepancy, discrepancy_party;"]
    t1 = time.time()
    subprocess.run(["psql", "-X", "-q", "-h", args.host, "-U", args.user, "-d", args.db],
                   input="\n".join(script) + "\n", text=True, check=True)
    print(f"load: COPY and VACUUM ANALYZE in {time.time() - t1:.0f} s", flush=True)
    if not args.dir:
        for table in files:
            os.remove(os.path.join(work, table + ".tsv"))
        os.rmdir(work)


if __name__ == "__main__":
    sys.exit(main())
