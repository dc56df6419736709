package io.claimcheck.reconciler.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An opaque token for where a listing's last page ended (a position in the listing's order, not an offset): the
 * position's fields joined and encoded, for the client to pass back as it is. The last field may hold any character.
 */
final class PageCursor {

    private static final String SEPARATOR = "|";

    private PageCursor() {
    }

    static String encode(String... fields) {
        String plain = String.join(SEPARATOR, fields);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor's fields; null for no cursor (the first page). */
    static String[] decode(String cursor, int fields) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)
                    .split("\\" + SEPARATOR, fields);
            if (parts.length != fields) {
                throw new IllegalArgumentException("a cursor has " + fields + " fields");
            }
            return parts;
        } catch (IllegalArgumentException e) {
            throw refused(cursor);
        }
    }

    /** A cursor whose fields do not read as the listing's position. */
    static InvalidInputException refused(String cursor) {
        return new InvalidInputException("cursor '" + cursor + "' is not one this listing gave out");
    }
}
