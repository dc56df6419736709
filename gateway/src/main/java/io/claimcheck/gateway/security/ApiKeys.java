package io.claimcheck.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/** Recognises a presented API key by its hash, in time that does not depend on how much of a hash matches. */
@ApplicationScoped
public class ApiKeys {

    private final Map<String, SecurityConfig.ApiKey> keys;

    ApiKeys(SecurityConfig config) {
        this.keys = config.keys();
    }

    /** The client name the key belongs to, if any. */
    public Optional<String> clientOf(String presentedKey) {
        if (presentedKey == null || presentedKey.isEmpty()) {
            return Optional.empty();
        }
        byte[] presented = sha256(presentedKey);
        String match = null;
        for (Map.Entry<String, SecurityConfig.ApiKey> key : keys.entrySet()) {
            byte[] expected = HexFormat.of().parseHex(key.getValue().sha256().trim().toLowerCase(Locale.ROOT));
            if (MessageDigest.isEqual(presented, expected)) {
                match = key.getKey();
            }
        }
        return Optional.ofNullable(match);
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
