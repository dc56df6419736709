package io.claimcheck.reconciler.store;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;

import io.claimcheck.reconciler.domain.DismissalReason;
import io.claimcheck.reconciler.domain.Verdict;
import io.claimcheck.reconciler.domain.VerdictKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Journalists' verdicts on the stories' discrepancies: recorded against a discrepancy the story holds now, kept for
 * good, and read back as a history, also after the discrepancy was retired (its claims changed, so it has another
 * id). Each verdict stored counts in {@code claimcheck.verdicts}, tagged by verdict and reason: the share dismissed,
 * by reason, is the precision a newsroom sees.
 */
@ApplicationScoped
public class VerdictStore {

    static final String COUNTER = "claimcheck.verdicts";

    /** A verdict as stored: what the journalist said, and when it was recorded. */
    public record Recorded(Verdict verdict, Instant recordedAt) {
    }

    /** A discrepancy's verdicts, oldest first. */
    public record History(String storyId, String discrepancyId, List<Recorded> verdicts) {
    }

    /** No such story, or no such discrepancy in it (now, or ever, for a history). */
    public static class UnknownDiscrepancyException extends RuntimeException {

        UnknownDiscrepancyException(String detail) {
            super(detail);
        }
    }

    /** A verdict stored, to be counted once its transaction committed. */
    record Stored(Verdict verdict) {
    }

    private final StoryRepository stories;
    private final DiscrepancyRepository discrepancies;
    private final VerdictRepository verdicts;
    private final DiscrepancyKeeper keeper;
    private final Event<Stored> stored;
    private final MeterRegistry registry;

    VerdictStore(StoryRepository stories, DiscrepancyRepository discrepancies, VerdictRepository verdicts,
            DiscrepancyKeeper keeper, Event<Stored> stored, MeterRegistry registry) {
        this.stories = stories;
        this.discrepancies = discrepancies;
        this.verdicts = verdicts;
        this.keeper = keeper;
        this.stored = stored;
        this.registry = registry;
        // every series a verdict can fall in, from zero: a rate, and the share dismissed, read right from the start
        for (VerdictKind kind : VerdictKind.values()) {
            if (kind.needsReason()) {
                for (DismissalReason reason : DismissalReason.values()) {
                    counter(kind, reason);
                }
            } else {
                counter(kind, null);
            }
        }
    }

    /**
     * Records a verdict on a discrepancy the story holds now (as the current rules judge it, like a listing of the
     * story's discrepancies). Verdicts on one discrepancy are recorded in order: each at a later millisecond than the
     * one before it, whatever the clock.
     *
     * @throws UnknownDiscrepancyException when there is no such story, or it holds no such discrepancy now
     */
    @Transactional
    public Recorded record(String storyId, String discrepancyId, Verdict verdict) {
        // No lock on the story: an addition that retires the discrepancy while this runs orders the verdict just
        // before it, and the history under the old id stays readable.
        keeper.judgeAgainIfStale(storyId);
        if (stories.findByIdOptional(storyId).isEmpty()) {
            throw new UnknownDiscrepancyException(noStory(storyId));
        }
        // The discrepancy's review (what the feed filters on) is the verdict being recorded. Setting it first locks
        // the row, so verdicts recorded at once on one discrepancy take their turns: each reads the one before it and
        // is recorded after it, and the row keeps the latest.
        if (!discrepancies.review(storyId, discrepancyId, verdict.kind().name())) {
            throw new UnknownDiscrepancyException(noDiscrepancy(storyId, discrepancyId));
        }
        long now = Instant.now().toEpochMilli();
        VerdictEntity row = new VerdictEntity();
        row.pk = UUID.randomUUID();
        row.storyId = storyId;
        row.discrepancyId = discrepancyId;
        row.verdict = verdict.kind().name();
        row.reason = verdict.reason() == null ? null : verdict.reason().name();
        row.note = verdict.note();
        row.recordedAt = verdicts.latest(storyId, discrepancyId).map(latest -> Math.max(now, latest + 1)).orElse(now);
        verdicts.persist(row);
        stored.fire(new Stored(verdict));
        return new Recorded(verdict, Instant.ofEpochMilli(row.recordedAt));
    }

    /**
     * A discrepancy's verdicts, oldest first: empty for a discrepancy the story holds now that has none yet, and kept
     * after the discrepancy was retired.
     *
     * @throws UnknownDiscrepancyException when there is no such story, or it neither holds such a discrepancy now nor
     *                                     has any verdict under its id
     */
    @Transactional
    public History history(String storyId, String discrepancyId) {
        keeper.judgeAgainIfStale(storyId);
        if (stories.findByIdOptional(storyId).isEmpty()) {
            throw new UnknownDiscrepancyException(noStory(storyId));
        }
        List<Recorded> history = verdicts.history(storyId, discrepancyId).stream().map(VerdictStore::recorded).toList();
        if (history.isEmpty() && !discrepancies.isCurrent(storyId, discrepancyId)) {
            throw new UnknownDiscrepancyException(noDiscrepancy(storyId, discrepancyId));
        }
        return new History(storyId, discrepancyId, history);
    }

    // Counted once the verdict is stored for good: a transaction rolled back counts nothing.
    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Stored verdict) {
        counter(verdict.verdict().kind(), verdict.verdict().reason()).increment();
    }

    private Counter counter(VerdictKind kind, DismissalReason reason) {
        return Counter.builder(COUNTER)
                .description("Journalists' verdicts on discrepancies, by verdict and, for a dismissal, its reason")
                .tag("verdict", kind.name().toLowerCase(Locale.ROOT))
                .tag("reason", reason == null ? "none" : reason.name().toLowerCase(Locale.ROOT))
                .register(registry);
    }

    private static Recorded recorded(VerdictEntity row) {
        return new Recorded(new Verdict(VerdictKind.valueOf(row.verdict),
                row.reason == null ? null : DismissalReason.valueOf(row.reason), row.note),
                Instant.ofEpochMilli(row.recordedAt));
    }

    private static String noStory(String storyId) {
        return "There is no story '" + storyId + "'.";
    }

    private static String noDiscrepancy(String storyId, String discrepancyId) {
        return "Story '" + storyId + "' has no discrepancy '" + discrepancyId + "'.";
    }
}
