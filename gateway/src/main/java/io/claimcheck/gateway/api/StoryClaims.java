package io.claimcheck.gateway.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A story's claims. */
@Schema(description = "A story's claims, article by article")
public record StoryClaims(@Schema(examples = "nagorno-karabakh-2020") String storyId, List<Claim> claims) {
}
