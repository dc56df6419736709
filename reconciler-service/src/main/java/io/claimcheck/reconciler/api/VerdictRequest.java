package io.claimcheck.reconciler.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.claimcheck.reconciler.domain.DismissalReason;
import io.claimcheck.reconciler.domain.Verdict;
import io.claimcheck.reconciler.domain.VerdictKind;

/** A journalist's verdict on a discrepancy; {@code reason} with a dismissal only. */
public record VerdictRequest(@NotNull VerdictKind verdict, DismissalReason reason,
        @Size(max = Verdict.MAX_NOTE_LENGTH) String note) {
}
