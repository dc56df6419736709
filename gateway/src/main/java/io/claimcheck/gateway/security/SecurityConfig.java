package io.claimcheck.gateway.security;

import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Who may call {@code /api}: API keys, stored only as SHA-256 hashes, each with its own rate limit.
 * <pre>
 * gateway.security.keys.newsroom-a.sha256=9f86d0...   # echo -n "$KEY" | sha256sum
 * gateway.security.keys.newsroom-a.requests-per-minute=120
 * </pre>
 */
@ConfigMapping(prefix = "gateway.security")
public interface SecurityConfig {

    /** True only for a local run: {@code /api} then answers without an API key. */
    @WithDefault("false")
    boolean open();

    /** The keys by client name. */
    Map<String, ApiKey> keys();

    /** One client's key. */
    interface ApiKey {

        /** Hex SHA-256 of the key; the key itself is never stored. */
        String sha256();

        /** Sustained requests per minute; bursts up to the same number. */
        @WithDefault("60")
        int requestsPerMinute();
    }
}
