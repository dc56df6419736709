package io.claimcheck.reconciler.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the reconciler needs to know about a metric name. Metrics stay strings so a metric added to
 * docs/claim-model.md §3 later is compared like any other, only worded more plainly.
 */
final class Metrics {

    // Tolls that only grow as an event is counted; a later lower figure from the same voice is a revision.
    private static final Set<String> CUMULATIVE = Set.of("KILLED", "WOUNDED", "CASUALTIES", "MISSING", "CAPTURED",
            "ARRESTED", "DISPLACED", "DESTROYED");

    // Tallies of things or events, and crowds: figures a story does not keep one running count of.
    private static final Set<String> TALLIES = Set.of("COUNT", "PARTICIPANTS");

    private static final Map<String, String> PARTICIPLES = Map.of(
            "KILLED", "killed",
            "WOUNDED", "wounded",
            "CASUALTIES", "killed or wounded",
            "MISSING", "missing",
            "CAPTURED", "captured",
            "ARRESTED", "arrested",
            "DISPLACED", "displaced",
            "DESTROYED", "destroyed",
            "PARTICIPANTS", "gathered");

    private Metrics() {
    }

    static boolean isCumulative(String metric) {
        return CUMULATIVE.contains(metric.toUpperCase(Locale.ROOT));
    }

    static boolean isTally(String metric) {
        return TALLIES.contains(metric.toUpperCase(Locale.ROOT));
    }

    /** "killed" for KILLED; empty for metrics that are amounts rather than things that happened to someone. */
    static Optional<String> participle(String metric) {
        return Optional.ofNullable(PARTICIPLES.get(metric.toUpperCase(Locale.ROOT)));
    }
}
