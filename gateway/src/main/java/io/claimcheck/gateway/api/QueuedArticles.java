package io.claimcheck.gateway.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The articles of a batch, all queued, each with its status URL. */
@Schema(description = "The batch's articles, all queued, each with the URL of its status")
public record QueuedArticles(@Schema(examples = "nagorno-karabakh-2020") String storyId, List<QueuedArticle> articles) {
}
