#!/usr/bin/env python3
"""Stored stories against the stateless comparison, on the real FA-KES corpus, through a running gateway.

    python3 benchmarks/reconciler/fakes_consistency.py [--url http://localhost:8080] [--key API_KEY]

Groups the corpus's articles into stories by date and place, then for each story of two or more articles:
analyses it whole (POST /api/v1/analyses, nothing stored), adds its articles one by one to a new stored story
(POST /api/v1/stories/{id}/articles, where the reconciler judges each new article's claims against the story's and
carries the earlier conflicts over), and checks that the stored story's discrepancies are exactly the whole
analysis's. Exits 1 on a mismatch or a server error (5xx); a 4xx for the corpus's own faults (an article id
repeated in a story) is counted and shown, not failed. Skips, exit 0, when ../shared/eval/fakes is absent.
"""

import argparse
import collections
import csv
import json
import os
import re
import sys
import urllib.error
import urllib.request
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "eval"))


def call(base, key, method, path, body=None):
    headers = {"Content-Type": "application/json"}
    if key:
        headers["X-API-Key"] = key
    request = urllib.request.Request(base + path, method=method, headers=headers,
                                     data=None if body is None else json.dumps(body).encode())
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(errors="replace")[:300]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://localhost:8080")
    parser.add_argument("--key", default=os.environ.get("CLAIMCHECK_API_KEY"))
    args = parser.parse_args()
    corpus = os.path.join(EVAL, "fakes", "fakes.csv")
    if not os.path.exists(corpus):
        print(f"skipped: no corpus at {corpus}")
        return 0
    csv.field_size_limit(10 ** 8)
    with open(corpus, encoding="utf-8", errors="replace") as f:
        rows = list(csv.DictReader(f))
    with open(os.path.join(EVAL, "dev", "fakes-d1.json"), encoding="utf-8") as f:
        parties = json.load(f)["parties"]  # the party table the annotated FA-KES items use
    stories = collections.defaultdict(list)
    for row in rows:
        stories[(row["date"], row["location"])].append(row)

    run = uuid.uuid4().hex[:8]
    counts, refused, failures = collections.Counter(), [], []
    for number, ((date, place), rows_of_story) in enumerate(sorted(stories.items())):
        if len(rows_of_story) < 2:
            continue
        articles = [{"id": r["unit_id"], "text": r["article_content"], "publisher": r["source"]} for r in rows_of_story]
        status, whole = call(args.url, args.key, "POST", "/api/v1/analyses", {"articles": articles, "parties": parties})
        if status >= 500:
            failures.append(f"analyses {date} {place}: {status} {whole}")
            continue
        if status != 200:
            refused.append(f"analyses {date} {place}: {status} {whole}")
            continue
        story = f"fakes-{run}-{number}-" + re.sub(r"[^A-Za-z0-9]", "-", f"{date}-{place}")[:100]
        for article in articles:
            status, added = call(args.url, args.key, "POST", f"/api/v1/stories/{story}/articles",
                                 {"article": article, "parties": parties})
            if status >= 500 or status not in (200, 201):
                failures.append(f"add to {story}: {status} {added}")
        status, stored = call(args.url, args.key, "GET", f"/api/v1/stories/{story}/discrepancies")
        expected = sorted(d["id"] for d in whole["discrepancies"])
        found = sorted(d["id"] for d in stored["discrepancies"]) if status == 200 else None
        counts["stories"] += 1
        counts["articles"] += len(articles)
        counts["discrepancies"] += len(expected)
        if found != expected:
            failures.append(f"{story}: whole analysis {expected}, stored one by one {found}")
    print(f"{counts['stories']} stories, {counts['articles']} articles, {counts['discrepancies']} discrepancies;"
          f" {len(refused)} refused (the corpus's own faults), {len(failures)} failures")
    for line in refused[:5] + failures[:20]:
        print("  " + line)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
