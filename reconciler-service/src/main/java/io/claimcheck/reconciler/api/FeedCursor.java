package io.claimcheck.reconciler.api;

import io.claimcheck.reconciler.store.FeedQuery;

/**
 * The feed's cursor: where the last page ended, as detection time, story and discrepancy id; newest first, so pages
 * stay stable as new rows arrive.
 */
final class FeedCursor {

    private FeedCursor() {
    }

    static String encode(FeedQuery.Position position) {
        return position == null ? null
                : PageCursor.encode(Long.toString(position.detectedAt()), position.storyId(), position.discrepancyId());
    }

    static FeedQuery.Position decode(String cursor) {
        String[] fields = PageCursor.decode(cursor, 3);
        if (fields == null) {
            return null;
        }
        try {
            return new FeedQuery.Position(Long.parseLong(fields[0]), fields[1], fields[2]);
        } catch (NumberFormatException e) {
            throw PageCursor.refused(cursor);
        }
    }
}
