package io.claimcheck.reconciler.api;

/**
 * What adding an article did.
 *
 * @param created false when the story already held the article: adding it again changes nothing
 * @param claims  how many claims the story holds for the article
 */
public record AddArticleResponse(String storyId, String articleId, boolean created, int claims) {
}
