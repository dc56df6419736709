package io.claimcheck.reconciler.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.claimcheck.reconciler.store.FeedQuery;

/** The feed's cursor: an opaque token for where the last page ended, so pages stay stable as new rows arrive. */
final class FeedCursor {

    private FeedCursor() {
    }

    static String encode(FeedQuery.Position position) {
        if (position == null) {
            return null;
        }
        String plain = position.detectedAt() + "|" + position.storyId() + "|" + position.discrepancyId();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static FeedQuery.Position decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 3) {
                throw new IllegalArgumentException("a cursor has three parts");
            }
            return new FeedQuery.Position(Long.parseLong(parts[0]), parts[1], parts[2]);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cursor '" + cursor + "' is not one this feed gave out");
        }
    }
}
