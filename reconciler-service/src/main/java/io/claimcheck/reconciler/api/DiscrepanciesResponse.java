package io.claimcheck.reconciler.api;

import java.util.List;

import io.claimcheck.reconciler.domain.Discrepancy;

/** The discrepancies among a set of claims. */
public record DiscrepanciesResponse(List<Discrepancy> discrepancies) {
}
