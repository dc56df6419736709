package io.claimcheck.reconciler.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.claimcheck.reconciler.domain.Bound;
import io.claimcheck.reconciler.domain.ReportedClaim;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class StoryCacheTest {

    private final MeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void aStoryIsServedOnlyAtTheVersionItWasKeptAt() {
        StoryCache cache = new StoryCache(100, registry);
        StoryState atThree = state(3, 10);

        cache.keep("s", atThree);

        assertThat(cache.at("s", 3)).containsSame(atThree);
        assertThat(cache.at("s", 4)).as("changed through another replica since").isEmpty();
        assertThat(cache.at("other", 3)).isEmpty();
        assertThat(registry.counter("claimcheck.story.cache.lookups", "result", "hit").count()).isEqualTo(1);
        assertThat(registry.counter("claimcheck.story.cache.lookups", "result", "miss").count()).isEqualTo(2);
    }

    @Test
    void aLaterVersionIsNotReplacedByAnEarlierOneThatCommittedFirstButArrivesLate() {
        StoryCache cache = new StoryCache(100, registry);
        cache.keep("s", state(5, 10));

        cache.keep("s", state(4, 10));

        assertThat(cache.at("s", 5)).isPresent();
        assertThat(cache.at("s", 4)).isEmpty();
    }

    @Test
    void theClaimsHeldStayWithinTheBoundLeastRecentlyUsedStoryOutFirst() {
        StoryCache cache = new StoryCache(100, registry);
        cache.keep("a", state(1, 40));
        cache.keep("b", state(1, 40));
        cache.at("a", 1); // a is now the more recently used

        cache.keep("c", state(1, 40));

        assertThat(cache.at("b", 1)).isEmpty();
        assertThat(cache.at("a", 1)).isPresent();
        assertThat(cache.at("c", 1)).isPresent();
        assertThat(cache.claimsHeld()).isEqualTo(80);

        cache.keep("a", state(2, 50)); // a story that grew replaces its earlier entry
        assertThat(cache.claimsHeld()).isEqualTo(90);
    }

    @Test
    void aStoryBiggerThanTheBoundIsNotKeptAndZeroKeepsNothing() {
        StoryCache small = new StoryCache(100, registry);
        small.keep("s", state(1, 50));
        small.keep("s", state(2, 101));
        assertThat(small.at("s", 2)).isEmpty();
        assertThat(small.at("s", 1)).as("the earlier entry is out of date, not served").isEmpty();
        assertThat(small.claimsHeld()).isZero();

        StoryCache off = new StoryCache(0, registry);
        off.keep("s", state(1, 1));
        assertThat(off.at("s", 1)).isEmpty();
    }

    private static StoryState state(long version, int claims) {
        ReportedClaim claim = new ReportedClaim("c", "a", null, null, "1", 1.0, 1.0, 1.0, Bound.EXACT, "KILLED",
                "soldier", null, null, null, null, null, 0);
        return new StoryState(version, Collections.nCopies(claims, claim), Map.of(), Map.of());
    }
}
