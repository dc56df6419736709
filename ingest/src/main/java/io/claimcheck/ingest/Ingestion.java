package io.claimcheck.ingest;

import io.claimcheck.ingest.gateway.GatewayClient;
import io.claimcheck.ingest.gateway.Outcome;
import io.claimcheck.ingest.sources.Article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One run: every article not yet in the journal sent to the story, {@code parallel} at a time; each one stored is
 * journaled at once, so that an interrupted run resumes where it stopped.
 */
final class Ingestion {

    /** What a run did; {@code problems} has one line per article refused or failed, with the gateway's reason. */
    record Summary(int read, int alreadyStored, int stored, int refused, int failed, Duration took,
                   List<String> problems) {

        boolean allStored() {
            return refused == 0 && failed == 0;
        }
    }

    private Ingestion() {
    }

    static Summary run(List<Article> articles, String storyId, GatewayClient gateway, Journal journal, int parallel,
                       Progress progress) throws InterruptedException {
        long started = System.nanoTime();
        List<Article> toSend = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int alreadyStored = 0;
        for (Article article : articles) {
            if (!seen.add(article.id())) {
                continue; // the same item in two feeds, or twice in one
            }
            if (journal.isDone(storyId, article.id())) {
                alreadyStored++;
            } else {
                toSend.add(article);
            }
        }
        AtomicInteger finished = new AtomicInteger();
        AtomicInteger stored = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, parallel));
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (Article article : toSend) {
                sent.add(workers.submit(() -> {
                    Outcome outcome = gateway.send(article);
                    switch (outcome.kind()) {
                        case STORED -> {
                            journal.markDone(storyId, article.id());
                            stored.incrementAndGet();
                        }
                        case REFUSED -> {
                            refused.incrementAndGet();
                            problems.add("refused " + article.id() + ": " + outcome.detail());
                        }
                        case FAILED -> {
                            failed.incrementAndGet();
                            problems.add("failed " + article.id() + ": " + outcome.detail());
                        }
                    }
                    progress.update(finished.incrementAndGet(), refused.get(), failed.get());
                    return null;
                }));
            }
            for (Future<?> future : sent) {
                await(future);
            }
        } finally {
            workers.shutdownNow();
        }
        progress.update(finished.get(), refused.get(), failed.get());
        List<String> sorted = new ArrayList<>(problems);
        Collections.sort(sorted);
        return new Summary(seen.size(), alreadyStored, stored.get(), refused.get(), failed.get(),
                Duration.ofNanos(System.nanoTime() - started), List.copyOf(sorted));
    }

    private static void await(Future<?> future) throws InterruptedException {
        try {
            future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException("cannot write the journal: " + io.getMessage(), io);
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
