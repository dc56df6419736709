package io.claimcheck.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a journalist decided about a discrepancy. Values are the public contract: add values, rename none. */
@Schema(description = "What a journalist decided: CONFIRMED (the sources do disagree), DISMISSED (no disagreement "
        + "after all; the reason says why), NEEDS_CHECKING (someone has to look into it)")
public enum VerdictKind {
    CONFIRMED, DISMISSED, NEEDS_CHECKING
}
