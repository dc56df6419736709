package io.claimcheck.extractor.claims;

/** A claim and the rules that read it. */
public record ReasonedClaim(Claim claim, Rules rules) {
}
