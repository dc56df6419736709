package io.claimcheck.gateway.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A story's discrepancies. */
@Schema(description = "A story's discrepancies")
public record StoryDiscrepancies(@Schema(examples = "nagorno-karabakh-2020") String storyId,
        List<Discrepancy> discrepancies) {
}
