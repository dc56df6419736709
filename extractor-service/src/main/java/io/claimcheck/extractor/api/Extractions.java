package io.claimcheck.extractor.api;

import jakarta.enterprise.context.ApplicationScoped;

import io.claimcheck.extractor.config.ExtractorConfig;
import io.claimcheck.extractor.parties.PartyTable;
import io.claimcheck.extractor.pipeline.Extractor;

/**
 * Reads one text within the extractor's limits, for the HTTP API and the broker alike; a text it refuses is a
 * {@code ProblemException} that says why.
 */
@ApplicationScoped
public class Extractions {

    private final Extractor extractor;
    private final ExtractorConfig config;

    Extractions(Extractor extractor, ExtractorConfig config) {
        this.extractor = extractor;
        this.config = config;
    }

    /** The text's claims, each id prefixed by {@code id}; refused over the length or the claims limit (null: none). */
    public ExtractionResponse read(String id, String text, String publishedAt, PartyTable parties, Integer maxClaims) {
        checkLength(id, text);
        ExtractionResponse read = new ExtractionResponse(id, extractor.read(text, parties,
                        ArticleDate.parse(id, publishedAt)).stream()
                .map(claim -> ClaimResponse.of(id, claim))
                .toList());
        if (maxClaims != null && read.claims().size() > maxClaims) {
            throw new TooManyClaimsException(id, read.claims().size(), maxClaims);
        }
        return read;
    }

    void checkLength(String id, String text) {
        if (text.length() > config.maxTextLength()) {
            throw new TextTooLongException(id, text.length(), config.maxTextLength());
        }
    }
}
