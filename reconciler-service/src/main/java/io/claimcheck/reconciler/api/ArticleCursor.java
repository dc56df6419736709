package io.claimcheck.reconciler.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import io.claimcheck.reconciler.store.ArticleRepository;

/** The cursor of a story's articles: where the last page ended, as publication time (empty when undated) and id. */
final class ArticleCursor {

    private ArticleCursor() {
    }

    static String encode(ArticleRepository.Position position) {
        return position == null ? null : PageCursor.encode(
                position.publishedAt() == null ? "" : position.publishedAt().toString(), position.articleId());
    }

    static ArticleRepository.Position decode(String cursor) {
        String[] fields = PageCursor.decode(cursor, 2);
        if (fields == null) {
            return null;
        }
        try {
            return new ArticleRepository.Position(fields[0].isEmpty() ? null : Instant.parse(fields[0]), fields[1]);
        } catch (DateTimeParseException e) {
            throw PageCursor.refused(cursor);
        }
    }
}
