#!/usr/bin/env python3
"""Where the reconciler's CPU goes, from a JFR recording's execution samples.

    jfr print --events jdk.ExecutionSample rec.jfr > samples.txt
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
    ("DiscrepancyKeeper.refresh", "io.claimcheck.reconciler.store.DiscrepancyKeeper.refresh("),
    ("Reconciler.reconcile (domain)", "io.claimcheck.reconciler.domain.Reconciler.reconcile("),
    ("  PairRule.judge (all pairs)", "io.claimcheck.reconciler.domain.PairRule.judge("),
    ("  Reconciler.groups (corroboration)", "io.claimcheck.reconciler.domain.Reconciler.groups("),
    ("  DiscrepancyAssembler.assemble", "io.claimcheck.reconciler.domain.DiscrepancyAssembler.assemble("),
    ("  Figure.of (cues, classes)", "io.claimcheck.reconciler.domain.Figure.of("),
    ("ClaimRepository.inStoryWithMetrics", "io.claimcheck.reconciler.store.ClaimRepository.inStoryWithMetrics("),
    ("ArticleRepository.inStory", "io.claimcheck.reconciler.store.ArticleRepository.inStory("),
    ("DiscrepancyRepository.inStoryForMetrics", "DiscrepancyRepository.inStoryForMetrics("),
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
            elif current is not None and re.match(r"\s+[\w$.<>]+\(", line) and "line:" in line:
                current.append(line.strip())
        if current is not None and thread and thread_filter in thread:
            stacks.append(current)
    total = len(stacks)
    print(f"{total} execution samples on threads matching '{thread_filter}'")
    if not total:
        return
    print("\ninclusive (share of samples whose stack holds the frame; stacks are truncated at 64 frames by JFR):")
    for label, needle in INCLUSIVE:
        n = sum(1 for s in stacks if any(needle in frame for frame in s))
        print(f"  {100 * n / total:5.1f} %  {label}")
    self_frames = collections.Counter(re.sub(r"\s+line:.*", "", s[0]) for s in stacks if s)
    print("\ntop self frames:")
    for frame, n in self_frames.most_common(15):
        print(f"  {100 * n / total:5.1f} %  {frame}")


if __name__ == "__main__":
    main()
