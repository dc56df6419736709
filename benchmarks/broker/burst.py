#!/usr/bin/env python3
"""The 804 FA-KES articles as one burst through the broker: time until every one is reconciled.

    python3 burst.py --url http://localhost:28090 [--pids 123,456,789] [--clients 4]

Groups the articles into stories as fakes_consistency.py does (date and place), queues every story's articles with
POST /api/v1/stories/{id}/articles/batch (at most 50 a request, --clients requests at a time), then polls the
failures and the stories' summaries, one story after another, until every article is stored or failed. Prints the time to queue them all,
the time until all are reconciled (from the first request), articles per second, and, for each --pids process, its
largest resident set size during the run (sampled every 0.2 s from /proc).
"""

import argparse
import collections
import concurrent.futures
import csv
import json
import os
import re
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid

EVAL = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "eval")
BATCH = 50


def call(base, key, method, path, body=None):
    headers = {"Content-Type": "application/json"}
    if key:
        headers["X-API-Key"] = key
    request = urllib.request.Request(base + path, method=method, headers=headers,
                                     data=None if body is None else json.dumps(body).encode())
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(errors="replace")[:300]


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://localhost:8080")
    parser.add_argument("--key", default=os.environ.get("CLAIMCHECK_API_KEY"))
    parser.add_argument("--pids", default="", help="processes whose resident memory to sample, comma-separated")
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--timeout", type=int, default=900, help="seconds to wait for the last article")
    args = parser.parse_args()
    corpus = os.path.join(EVAL, "fakes", "fakes.csv")
    if not os.path.exists(corpus):
        print(f"skipped: no corpus at {corpus}")
        return 0
    csv.field_size_limit(10 ** 8)
    with open(corpus, encoding="utf-8", errors="replace") as f:
        rows = list(csv.DictReader(f))
    with open(os.path.join(EVAL, "dev", "fakes-d1.json"), encoding="utf-8") as f:
        parties = json.load(f)["parties"]
    run = uuid.uuid4().hex[:8]
    stories = collections.defaultdict(dict)
    for row in rows:
        place = re.sub(r"[^A-Za-z0-9]", "-", f"{row['date']}-{row['location']}")[:100]
        # an id twice in one story is one article (and twice in one batch, a 400)
        stories[f"burst-{run}-{place}"].setdefault(row["unit_id"], {
            "id": row["unit_id"], "text": row["article_content"], "publisher": row["source"]})
    stories = {story: list(articles.values()) for story, articles in stories.items()}

    pids = [int(p) for p in args.pids.split(",") if p]
    peaks = {pid: 0 for pid in pids}
    done = threading.Event()

    def sample():
        while not done.is_set():
            for pid in pids:
                try:
                    peaks[pid] = max(peaks[pid], rss_kib(pid))
                except OSError:
                    pass
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    resting = {pid: rss_kib(pid) for pid in pids}

    requests = [(story, articles[i:i + BATCH]) for story, articles in stories.items()
                for i in range(0, len(articles), BATCH)]
    start = time.monotonic()
    refused = []
    with concurrent.futures.ThreadPoolExecutor(args.clients) as pool:
        for (story, batch), (status, answer) in zip(requests, pool.map(
                lambda r: call(args.url, args.key, "POST", f"/api/v1/stories/{r[0]}/articles/batch",
                               {"articles": r[1], "parties": parties}), requests)):
            if status != 202:
                refused.append(f"{story}: {status} {answer}")
    queued_after = time.monotonic() - start
    expected = {story: len(articles) for story, articles in stories.items()}
    pending = dict(expected)
    failed = set()
    while pending and time.monotonic() - start < args.timeout:
        status, failures = call(args.url, args.key, "GET", "/api/v1/ingestion/failures?limit=1000")
        if status == 200:
            failed = {(f["storyId"], f["articleId"]) for f in failures["failures"] if f["storyId"] in expected}
        # every story must finish: a round stops at the first one that has not, so that polling does not compete
        # with the reconciler it measures
        for story in list(pending):
            status, summary = call(args.url, args.key, "GET", f"/api/v1/stories/{story}")
            stored = summary["articles"] if status == 200 else 0
            if stored + sum(1 for s, _ in failed if s == story) < expected[story]:
                break
            del pending[story]
        if pending:
            time.sleep(1)
    elapsed = time.monotonic() - start
    done.set()
    sampler.join()

    articles = sum(expected.values())
    print(f"{articles} articles in {len(stories)} stories, {len(requests)} batch requests ({args.clients} clients)")
    print(f"queued in {queued_after:.1f} s; all reconciled or failed after {elapsed:.1f} s: "
          f"{articles / elapsed:.1f} articles/s; {len(failed)} failed, {len(refused)} batches refused, "
          f"{len(pending)} stories unfinished")
    for pid in pids:
        print(f"  pid {pid}: resident {resting[pid] / 1024:.0f} MB before, {peaks[pid] / 1024:.0f} MB at most")
    for line in refused[:5] + [f"failed: {s} {a}" for s, a in sorted(failed)[:5]]:
        print("  " + line)
    return 1 if pending or refused else 0


if __name__ == "__main__":
    sys.exit(main())
