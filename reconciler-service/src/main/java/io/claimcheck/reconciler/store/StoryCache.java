package io.claimcheck.reconciler.store;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import io.claimcheck.reconciler.config.ReconcilerConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The stories this replica changed last, each as it stood after its change ({@link StoryState}): what the next
 * addition to the story would otherwise read back from the database, a thousand claims and more for a big story. An
 * entry answers only for the version of the story it was built at; a story changed through another replica has moved
 * on, and is read from the database. Holds at most {@code reconciler.story-cache.max-claims} claims across its
 * stories, the least recently used story out first.
 */
@ApplicationScoped
public class StoryCache {

    /** A story's change, committed: its state after it. */
    record Committed(String storyId, StoryState state) {
    }

    private final int maxClaims;
    private final LinkedHashMap<String, StoryState> states = new LinkedHashMap<>(64, 0.75f, true);
    private int claims;
    private final Counter hits;
    private final Counter misses;

    @Inject
    StoryCache(ReconcilerConfig config, MeterRegistry registry) {
        this(config.storyCache().maxClaims(), registry);
    }

    StoryCache(int maxClaims, MeterRegistry registry) {
        this.maxClaims = maxClaims;
        // an operator sizes the cache by these: a low hit rate with the claims held at the bound asks for more
        this.hits = registry.counter("claimcheck.story.cache.lookups", "result", "hit");
        this.misses = registry.counter("claimcheck.story.cache.lookups", "result", "miss");
        Gauge.builder("claimcheck.story.cache.claims", this, StoryCache::claimsHeld)
                .description("claims held in memory across the stories kept")
                .register(registry);
    }

    /** The story as of this version, if this replica made that version. */
    synchronized Optional<StoryState> at(String storyId, long version) {
        StoryState state = states.get(storyId);
        boolean current = state != null && state.version() == version;
        (current ? hits : misses).increment();
        return current ? Optional.of(state) : Optional.empty();
    }

    // Only once the change committed: a change rolled back leaves the story as the entry before it still says.
    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Committed change) {
        keep(change.storyId(), change.state());
    }

    synchronized void keep(String storyId, StoryState state) {
        StoryState held = states.get(storyId);
        if (held != null && held.version() > state.version()) {
            return; // a later change committed (and got here) first
        }
        forget(storyId);
        if (state.claims().size() > maxClaims) {
            return;
        }
        states.put(storyId, state);
        claims += state.claims().size();
        Iterator<Map.Entry<String, StoryState>> leastRecentFirst = states.entrySet().iterator();
        while (claims > maxClaims) {
            claims -= leastRecentFirst.next().getValue().claims().size();
            leastRecentFirst.remove();
        }
    }

    private void forget(String storyId) {
        StoryState removed = states.remove(storyId);
        if (removed != null) {
            claims -= removed.claims().size();
        }
    }

    synchronized int claimsHeld() {
        return claims;
    }
}
