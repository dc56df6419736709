#!/usr/bin/env python3
"""Where the reconciler's CPU goes, from a JFR recording's execution samples.

    jfr print --stack-depth 300 --events jdk.ExecutionSample rec.jfr > samples.txt
    python3 jfr_top.py samples.txt [thread-substring]

Prints, over the samples of worker threads (default: "executor-thread", the Quarkus worker pool that runs the
blocking REST resources), the share of samples whose stack contains each of a list of interesting frames
(inclusive time), and the top self frames.
"""

import collections
import re
import sys

INCLUSIVE = [
    ("StoryStore.add (whole add)", "io.claimcheck.reconciler.store.StoryStore.add("),
    ("DiscrepancyKeeper.articleAdded", "io.claimcheck.reconciler.store.DiscrepancyKeeper.articleAdded("),
    ("  DiscrepancyKeeper.judgeAfresh (a story judged under other rules)",
     "io.claimcheck.reconciler.store.DiscrepancyKeeper.judgeAfresh("),
    ("Reconciler.update (domain)", "io.claimcheck.reconciler.domain.Reconciler.update("),
    ("  PairRule.judge (pairs with a new claim)", "io.claimcheck.reconciler.domain.PairRule.judge("),
    ("  Reconciler.carriedOver (stored conflicts)", "io.claimcheck.reconciler.domain.Reconciler.carriedOver("),
    ("  Reconciler.speakingForTheEvent", "io.claimcheck.reconciler.domain.Reconciler.speakingForTheEvent("),
    ("  Reconciler.groups (corroboration)", "io.claimcheck.reconciler.domain.Reconciler.groups("),
    ("  DiscrepancyAssembler.assemble", "io.claimcheck.reconciler.domain.DiscrepancyAssembler.assemble("),
    ("  Figure.of (cues, classes)", "io.claimcheck.reconciler.domain.Figure.of("),
    ("  SentenceCues.of (regexes, per claim per add)", "io.claimcheck.reconciler.domain.SentenceCues.of("),
    ("  Metrics.isCumulative (toUpperCase + Set)", "io.claimcheck.reconciler.domain.Metrics.isCumulative("),
    ("StoryStore.discrepancies (listing)", "io.claimcheck.reconciler.store.StoryStore.discrepancies("),
    ("StoryStore.summary (listing: requireStory)", "io.claimcheck.reconciler.store.StoryStore.summary("),
    ("DiscrepancyKeeper.load (story not in memory)", "io.claimcheck.reconciler.store.DiscrepancyKeeper.load("),
    ("  ClaimRepository.storedInStory", "io.claimcheck.reconciler.store.ClaimRepository.storedInStory("),
    ("  ArticleRepository.provenanceInStory", "io.claimcheck.reconciler.store.ArticleRepository.provenanceInStory("),
    ("  DiscrepancyRepository.judgedInStory", "io.claimcheck.reconciler.store.DiscrepancyRepository.judgedInStory("),
    ("  DiscrepancyCodec.readConflicts (lines)", "io.claimcheck.reconciler.store.DiscrepancyCodec.readConflicts("),
    ("DiscrepancyKeeper.read (an article's readings)", "io.claimcheck.reconciler.store.DiscrepancyKeeper.read("),
    ("DiscrepancyCodec.write (Jackson)", "io.claimcheck.reconciler.store.DiscrepancyCodec.write("),
    ("DiscrepancyCodec.read (Jackson)", "io.claimcheck.reconciler.store.DiscrepancyCodec.read("),
    ("Hibernate flush (dirty check + SQL)", "org.hibernate.event.internal.AbstractFlushingEventListener.flush"),
    ("Hibernate flush: entity dirty checking", "DefaultFlushEntityEventListener.onFlushEntity("),
    ("transaction commit", "com.arjuna.ats.arjuna.AtomicAction.commit("),
    ("JDBC executeQuery/Update (client side)", "org.postgresql.jdbc.PgPreparedStatement.execute"),
    ("JDBC socket read (waiting for PostgreSQL)", "org.postgresql.core.VisibleBufferedInputStream.read"),
    ("Jackson request/response", "com.fasterxml.jackson"),
]


def main():
    path = sys.argv[1]
    thread_filter = sys.argv[2] if len(sys.argv) > 2 else "executor-thread"
    stacks = []
    current, thread = None, None
    with open(path) as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("jdk.ExecutionSample"):
                if current is not None and thread and thread_filter in thread:
                    stacks.append(current)
                current, thread = [], None
            elif "sampledThread" in line:
                thread = line
            elif current is not None and " line:" in line:
                current.append(re.sub(r"\s+line:.*", "", line.strip()))
        if current is not None and thread and thread_filter in thread:
            stacks.append(current)
    total = len(stacks)
    print(f"{total} execution samples on threads matching '{thread_filter}'")
    if not total:
        return
    print("\ninclusive (share of samples whose stack holds the frame):")
    for label, needle in INCLUSIVE:
        n = sum(1 for s in stacks if any(needle in frame for frame in s))
        print(f"  {100 * n / total:5.1f} %  {label}")
    for parent in ("store.StoryStore.add(", "store.DiscrepancyKeeper.update(", "domain.Reconciler.update(",
                   "domain.Reconciler.updateBucket(", "domain.PairRule.judge(",
                   "store.StoryStore.discrepancies("):
        children = collections.Counter()
        for s in stacks:
            at = [i for i, frame in enumerate(s) if parent in frame]
            if at:
                children[s[at[-1] - 1] if at[-1] > 0 else "(self)"] += 1
        if children:
            print(f"\nunder {parent[:-1]}, by the callee:")
            for frame, n in children.most_common(8):
                print(f"  {100 * n / total:5.1f} %  {frame}")
    self_frames = collections.Counter(s[0] for s in stacks if s)
    print("\ntop self frames:")
    for frame, n in self_frames.most_common(15):
        print(f"  {100 * n / total:5.1f} %  {frame}")


if __name__ == "__main__":
    main()
