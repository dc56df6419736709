package io.claimcheck.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the public API. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** The longest article text, in UTF-16 code units, that the API accepts. */
    @WithDefault("200000")
    int maxTextLength();

    /** The most articles one analysis accepts. */
    @WithDefault("50")
    int maxArticles();

    /** The most text, in UTF-16 code units over all its articles, that one request may bring (413 beyond). */
    @WithDefault("1000000")
    int maxRequestText();

    /** The most claims one article may hold (422 beyond): bounds the comparison's and the store's work per request. */
    @WithDefault("1000")
    int maxClaimsPerText();

    /** The most parties a request's party table may name (400 beyond). */
    @WithDefault("100")
    int maxParties();

    /** The most aliases one party may have (400 beyond). */
    @WithDefault("200")
    int maxAliasesPerParty();

    /** The longest party name or alias (400 beyond): a claim's party is stored in a column of this width. */
    @WithDefault("200")
    int maxPartyNameLength();

    /** Seconds a client is told to wait (Retry-After) when a service behind the gateway is unavailable. */
    @WithDefault("5")
    int retryAfterSeconds();

    /**
     * How long an asynchronous submission waits for the broker to confirm its messages before it answers 503 (and
     * withdraws what it recorded as queued).
     */
    @WithDefault("3000")
    int brokerConfirmTimeoutMillis();
}
