#!/usr/bin/env python3
"""Sends the seed article to a running gateway and fails unless the 2,300 against 104 discrepancy comes back."""
import argparse
import json
import sys
import urllib.request


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", default="http://localhost:8080")
    ap.add_argument("seed")
    args = ap.parse_args()
    with open(args.seed, encoding="utf-8") as fh:
        item = json.load(fh)
    body = {"articles": [{k: a.get(k) for k in ("id", "text", "publisher", "publishedAt", "url")}
                         for a in item["articles"]],
            "parties": item.get("parties", {})}
    request = urllib.request.Request(args.url.rstrip("/") + "/api/v1/analyses", data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"}, method="POST")
    with urllib.request.urlopen(request, timeout=60) as response:
        answer = json.load(response)
    mention = {c["id"]: c["mention"] for c in answer["claims"]}
    for d in answer["discrepancies"]:
        mentions = {mention.get(i) for i in d["claimIds"]}
        if "2,300" in mentions and "104" in mentions:
            print(f"seed: found {d['severity']} discrepancy, ratio {d['ratio']}: {d['explanation']}")
            return 0
    print("seed: the 2,300 against 104 discrepancy is missing; discrepancies were:", file=sys.stderr)
    print(json.dumps(answer["discrepancies"], indent=2), file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
