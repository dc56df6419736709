package io.claimcheck.gateway.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The asynchronously submitted articles that failed, the latest first. */
@Schema(description = "Articles refused or given up on (their messages are in the dead-letter queue), latest first")
public record IngestionFailures(List<ArticleIngestion> failures) {
}
