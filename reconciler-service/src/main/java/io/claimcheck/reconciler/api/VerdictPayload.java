package io.claimcheck.reconciler.api;

import java.time.Instant;

import io.claimcheck.reconciler.domain.DismissalReason;
import io.claimcheck.reconciler.domain.VerdictKind;
import io.claimcheck.reconciler.store.VerdictStore;

/** A verdict as stored, with when it was recorded. */
public record VerdictPayload(VerdictKind verdict, DismissalReason reason, String note, Instant recordedAt) {

    static VerdictPayload of(VerdictStore.Recorded recorded) {
        return new VerdictPayload(recorded.verdict().kind(), recorded.verdict().reason(), recorded.verdict().note(),
                recorded.recordedAt());
    }
}
