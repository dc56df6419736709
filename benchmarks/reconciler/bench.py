#!/usr/bin/env python3
"""Measures a running reconciler through HTTP, one request at a time over one keep-alive connection (loopback).

    python3 bench.py --base http://127.0.0.1:18082 --label full --out results-full.json [--max-seconds 900]
    python3 bench.py --summary results-full.json results-empty.json

Steps (each bounded by a count and by the overall deadline; nothing runs forever):
  prime   one unmeasured add of a 6-claim article (one claim of every metric) to every measured story, so the
          reconciler computes and stores all of the story's discrepancies itself; the stories then hold exactly
          10, 100 or 1,000 claims
  warm-up 100 adds to the 10 "warm" stories, 300 story listings, 300 feed pages (JIT, connection pools)
  adds    10 rounds of one 20-claim article to each of the 40 1,000-claim stories (400 adds; the stories grow from
          1,000 to 1,200 claims), then one 20-claim article to each of 200 10-claim and 200 100-claim stories
  list    GET /stories/{big}/discrepancies, round robin over the 40 big stories
  feed    GET /discrepancies?limit=20, first page, without and with severity / party filters
"""

import argparse
import http.client
import json
import os
import sys
import time

import dataset as ds

TARGETS = {"add": 50.0, "list": 20.0, "feed": 50.0}


class Client:
    def __init__(self, base):
        host_port = base.split("://", 1)[1].rstrip("/")
        self.host, port = host_port.split(":")
        self.port = int(port)
        self.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)

    def call(self, method, path, body=None):
        headers = {"Content-Type": "application/json"} if body is not None else {}
        data = body.encode() if body is not None else None
        t0 = time.perf_counter()
        try:
            self.conn.request(method, path, body=data, headers=headers)
            response = self.conn.getresponse()
            payload = response.read()
        except (http.client.HTTPException, OSError):
            self.conn.close()
            self.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
            raise
        elapsed = (time.perf_counter() - t0) * 1000
        return response.status, payload, elapsed


def percentile(values, p):
    """Nearest rank: the smallest value with at least p % of the values at or below it."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * p // 100))
    return ordered[int(rank) - 1]


def stats(values):
    return {"n": len(values), "p50": percentile(values, 50), "p95": percentile(values, 95),
            "p99": percentile(values, 99), "max": max(values) if values else float("nan"),
            "mean": sum(values) / len(values) if values else float("nan")}


def server_pid(port):
    """The reconciler's process (read-only look at /proc), to count the CPU time it spends per request."""
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                cmdline = open(f"/proc/{entry}/cmdline", "rb").read().split(b"\0")
            except OSError:
                continue
            if f"-Dquarkus.http.port={port}".encode() in cmdline and any(a.endswith(b"quarkus-run.jar") for a in cmdline):
                return int(entry)
    return None


def cpu_seconds(pid):
    """User + system CPU time of the process, all threads (request threads, GC, JIT)."""
    if pid is None:
        return float("nan")
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wait_ready(client, seconds=120):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            # health is on the management port; the feed answers 200 once the database is there
            status, _, _ = client.call("GET", "/discrepancies?limit=1")
            if status == 200:
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise SystemExit("the reconciler did not become ready")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="http://127.0.0.1:18082")
    parser.add_argument("--label", default="full")
    parser.add_argument("--out", default=None)
    parser.add_argument("--max-seconds", type=float, default=900)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--list-calls", type=int, default=3000)
    parser.add_argument("--feed-calls", type=int, default=1000)
    parser.add_argument("--summary", nargs="*", help="print the table of earlier result files and exit")
    args = parser.parse_args()
    if args.summary:
        summary([json.load(open(path)) for path in args.summary])
        return

    started = time.time()
    deadline = started + args.max_seconds
    client = Client(args.base)
    wait_ready(client)
    pid = server_pid(client.port)
    cpu_mark = [cpu_seconds(pid)]
    stories = {s[1]: s for s in ds.plan(with_filler=False)}
    big, p100, p10, warm = (ds.special_ids(k) for k in ("big", "p100", "p10", "warm"))
    results = {"label": args.label, "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started)),
               "series": {}, "notes": []}
    clock = [int(time.time())]

    def add(story_id, tag, count=20, metrics=None):
        clock[0] += 1  # every added article is published after everything stored
        doc = ds.make_article(stories[story_id][0], story_id, 0, count if not metrics else len(metrics),
                              clock[0], metrics=metrics, tag=tag)
        status, payload, ms = client.call("POST", f"/stories/{story_id}/articles", ds.to_json(doc))
        if status != 201:
            raise SystemExit(f"POST {story_id} {tag}: {status} {payload[:300]!r}")
        return ms

    def get(path):
        status, payload, ms = client.call("GET", path)
        if status != 200:
            raise SystemExit(f"GET {path}: {status} {payload[:300]!r}")
        return ms, payload

    def record(name, values, cpu=True, **extra):
        # the server's CPU time since the last mark, per request of this series (only when nothing else ran)
        now = cpu_seconds(pid)
        if cpu and values:
            extra["server_cpu_ms"] = round(1000 * (now - cpu_mark[0]) / len(values), 2)
        cpu_mark[0] = now
        results["series"][name] = dict(stats(values), **extra)
        s = results["series"][name]
        print(f"  {name:<44} n={s['n']:>5}  p50={s['p50']:8.2f}  p95={s['p95']:8.2f}  p99={s['p99']:8.2f}  "
              f"max={s['max']:8.2f} ms  server CPU/request={s.get('server_cpu_ms', float('nan')):.1f} ms",
              flush=True)

    def out_of_time(step):
        if time.time() > deadline:
            results["notes"].append(f"stopped at the deadline during {step}")
            return True
        return False

    print(f"[{args.label}] prime: one 6-claim add (every metric) to each of {len(warm + big + p100 + p10)} stories",
          flush=True)
    prime = {"warm": [], "big": [], "p100": [], "p10": []}
    for kind, ids in (("warm", warm), ("big", big), ("p100", p100), ("p10", p10)):
        for story_id in ids:
            prime[kind].append(add(story_id, "p", metrics=ds.PRIMING_METRICS))
    for kind, values in prime.items():
        record(f"prime (recompute all metrics) {kind}", values, cpu=False)

    print(f"[{args.label}] warm-up (not measured)", flush=True)
    for r in range(10):
        for story_id in warm:
            add(story_id, f"w{r}")
    for i in range(300):
        get(f"/stories/{warm[i % len(warm)]}/discrepancies")
        get(["/discrepancies?limit=20", "/discrepancies?limit=20&severity=HIGH",
             "/discrepancies?limit=20&party=Ukraine"][i % 3])

    cpu_mark[0] = cpu_seconds(pid)
    print(f"[{args.label}] adds", flush=True)
    big_adds, first_round = [], []
    for r in range(args.rounds):
        if out_of_time("adds"):
            break
        for story_id in big:
            ms = add(story_id, f"m{r}")
            big_adds.append(ms)
            if r == 0:
                first_round.append(ms)
    record("add 20 claims to a 1,000-claim story (all rounds)", big_adds,
           story_claims=f"1,000-{1000 + 20 * (args.rounds - 1)} before the add", target=TARGETS["add"])
    record("add 20 claims to a 1,000-claim story (round 1)", first_round, cpu=False)
    small, medium = [], []
    for i in range(len(p10)):
        if out_of_time("probe adds"):
            break
        small.append(add(p10[i], "m0"))
    record("add 20 claims to a 10-claim story", small)
    for i in range(len(p100)):
        if out_of_time("probe adds"):
            break
        medium.append(add(p100[i], "m0"))
    record("add 20 claims to a 100-claim story", medium)

    print(f"[{args.label}] list a big story's discrepancies", flush=True)
    cpu_mark[0] = cpu_seconds(pid)
    listing, sizes, counts = [], [], []
    for i in range(args.list_calls):
        if out_of_time("list"):
            break
        ms, payload = get(f"/stories/{big[i % len(big)]}/discrepancies")
        listing.append(ms)
        if i < len(big):
            sizes.append(len(payload))
            counts.append(len(json.loads(payload)["discrepancies"]))
    record("GET /stories/{big}/discrepancies", listing, target=TARGETS["list"],
           discrepancies_per_story=f"{min(counts)}-{max(counts)} (mean {sum(counts) / len(counts):.0f})",
           response_bytes=f"{min(sizes):,}-{max(sizes):,}")

    print(f"[{args.label}] feed, first page", flush=True)
    for name, path in (("feed, no filter", "/discrepancies?limit=20"),
                       ("feed, severity=HIGH", "/discrepancies?limit=20&severity=HIGH"),
                       ("feed, party=Ukraine (common)", "/discrepancies?limit=20&party=Ukraine"),
                       ("feed, party=Kenya (rare)", "/discrepancies?limit=20&party=Kenya"),
                       ("feed, severity=HIGH&party=Ukraine", "/discrepancies?limit=20&severity=HIGH&party=Ukraine"),
                       ("feed, severity=LOW&party=Kenya", "/discrepancies?limit=20&severity=LOW&party=Kenya")):
        values, items = [], None
        cpu_mark[0] = cpu_seconds(pid)
        for i in range(args.feed_calls):
            if out_of_time(name):
                break
            ms, payload = get(path)
            values.append(ms)
            if items is None:
                items = len(json.loads(payload)["items"])
        record(name, values, target=TARGETS["feed"], items=items)

    results["seconds"] = round(time.time() - started)
    if args.out:
        with open(args.out, "w") as f:
            json.dump(results, f, indent=1)
    print(f"[{args.label}] done in {results['seconds']} s", flush=True)


def summary(runs):
    print()
    print("| table | what | n | p50 ms | p95 ms | p99 ms | max ms | server CPU ms/request | target (p99) |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for run in runs:
        for name, s in run["series"].items():
            target = s.get("target")
            verdict = "" if target is None else f"< {target:.0f} ms: {'met' if s['p99'] < target else '**missed**'}"
            cpu = s.get("server_cpu_ms")
            print(f"| {run['label']} | {name} | {s['n']} | {s['p50']:.1f} | {s['p95']:.1f} | {s['p99']:.1f} "
                  f"| {s['max']:.1f} | {'' if cpu is None else f'{cpu:.1f}'} | {verdict} |")
        for note in run.get("notes", []):
            print(f"| {run['label']} | note: {note} | | | | | | | |")


if __name__ == "__main__":
    sys.exit(main())
