package io.claimcheck.gateway.clients;

import java.util.List;

import io.claimcheck.gateway.api.Claim;
import io.claimcheck.gateway.api.Discrepancy;

/** The reconciler's stateless comparison, as the gateway sends and reads it (our own copy of its contract). */
public final class Comparison {

    private Comparison() {
    }

    /** The articles (for publisher and date) and the claims read from them. */
    public record Request(List<Article> articles, List<Claim> claims) {
    }

    /** What the reconciler needs to know of an article to compare its claims. */
    public record Article(String id, String publisher, String publishedAt) {
    }

    /** The discrepancies among the claims. */
    public record Response(List<Discrepancy> discrepancies) {
    }
}
