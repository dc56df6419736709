package io.claimcheck.reconciler.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An article as the reconciler needs it: who published it and when (to tell a rising toll from a contradiction).
 * The text is present when the article is stored, absent in a stateless comparison. The lengths are those of the
 * article table's columns (db/migration/V1).
 */
public record ArticlePayload(@NotBlank @Size(max = 200) String id, @Size(max = 500) String publisher,
        @Size(max = 40) String publishedAt, @Size(max = 2000) String url, String text) {
}
