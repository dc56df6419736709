#!/usr/bin/env python3
"""Small helpers for profile.sh.

    python3 probe.py adds COUNT TAG [STORY]   # COUNT 20-claim adds (round robin over the big stories, or to STORY;
                                              # STORY "fresh": each add to a new story)
    python3 probe.py lists COUNT              # COUNT GET /stories/{big}/discrepancies, round robin
    python3 probe.py sql LOGFILE              # counts the statements in a slice of a log.sql=true reconciler log
"""

import collections
import re
import sys
import time

import dataset as ds
from bench import Client, stats

PORT = 18082


def adds(count, tag, story=None):
    client = Client(f"http://127.0.0.1:{PORT}")
    stories = {s[1]: s for s in ds.plan(with_filler=False)}
    big = ds.special_ids("big")
    times = []
    for i in range(count):
        if story == "fresh":  # a new story per add: the fixed cost of an add, with nothing to compare against
            story_id, story_no = f"fresh-{tag}-{i}", i
        else:
            story_id = story or big[i % len(big)]
            story_no = stories[story_id][0]
        doc = ds.make_article(story_no, story_id, i, 20, int(time.time()) + i, tag=tag)
        status, payload, ms = client.call("POST", f"/stories/{story_id}/articles", ds.to_json(doc))
        assert status == 201, (status, payload[:200])
        times.append(ms)
    s = stats(times)
    print(f"{count} adds: p50={s['p50']:.1f} p95={s['p95']:.1f} p99={s['p99']:.1f} max={s['max']:.1f} ms")


def lists(count):
    client = Client(f"http://127.0.0.1:{PORT}")
    big = ds.special_ids("big")
    times = []
    for i in range(count):
        status, payload, ms = client.call("GET", f"/stories/{big[i % len(big)]}/discrepancies")
        assert status == 200, status
        times.append(ms)
    s = stats(times)
    print(f"{count} listings: p50={s['p50']:.1f} p95={s['p95']:.1f} p99={s['p99']:.1f} max={s['max']:.1f} ms")


def sql(path):
    text = re.sub(r"\x1b\[[0-9;]*m", "", open(path).read())
    kinds = collections.Counter()
    for statement in text.split("[Hibernate]")[1:]:
        words = statement.split()
        table = re.search(r"\b(?:from|into|update)\s+(\w+)", " ".join(words), re.I)
        kinds[(words[0].lower(), table.group(1) if table else "?")] += 1
    print(f"{sum(kinds.values())} statements:")
    for (verb, table), n in sorted(kinds.items(), key=lambda kv: -kv[1]):
        print(f"  {n:4d}  {verb} {table}")


if __name__ == "__main__":
    what = sys.argv[1]
    if what == "adds":
        adds(int(sys.argv[2]), sys.argv[3], sys.argv[4] if len(sys.argv) > 4 else None)
    elif what == "lists":
        lists(int(sys.argv[2]))
    elif what == "sql":
        sql(sys.argv[2])
