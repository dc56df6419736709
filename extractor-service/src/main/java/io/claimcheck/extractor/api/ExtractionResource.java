package io.claimcheck.extractor.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.claimcheck.extractor.config.ExtractorConfig;
import io.claimcheck.extractor.parties.PartyTable;
import io.claimcheck.extractor.pipeline.Extractor;

/** Text in, numeric claims out. Stateless: any replica answers any call. */
@Path("/extractions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ExtractionResource {

    private final Extractor extractor;
    private final ExtractorConfig config;

    ExtractionResource(Extractor extractor, ExtractorConfig config) {
        this.extractor = extractor;
        this.config = config;
    }

    @POST
    @Operation(operationId = "extract", summary = "Find the numeric claims in one text")
    public ExtractionResponse extract(@Valid @NotNull ExtractionRequest request) {
        return read(request.id(), request.text(), request.publishedAt(), new PartyTable(request.parties()));
    }

    @POST
    @Path("/batch")
    @Operation(operationId = "extractBatch", summary = "Find the numeric claims in several texts with one party table")
    public BatchExtractionResponse extractBatch(@Valid @NotNull BatchExtractionRequest request) {
        if (request.texts().size() > config.maxBatchSize()) {
            throw new BatchTooLargeException(request.texts().size(), config.maxBatchSize());
        }
        request.texts().forEach(t -> checkLength(t.id(), t.text()));
        PartyTable parties = new PartyTable(request.parties());
        return new BatchExtractionResponse(request.texts().stream()
                .map(t -> read(t.id(), t.text(), t.publishedAt(), parties))
                .peek(read -> checkClaims(read, request.maxClaimsPerText()))
                .toList());
    }

    private ExtractionResponse read(String id, String text, String publishedAt, PartyTable parties) {
        checkLength(id, text);
        List<ClaimResponse> claims = extractor.read(text, parties, ArticleDate.parse(id, publishedAt)).stream()
                .map(claim -> ClaimResponse.of(id, claim))
                .toList();
        return new ExtractionResponse(id, claims);
    }

    private static void checkClaims(ExtractionResponse read, Integer limit) {
        if (limit != null && read.claims().size() > limit) {
            throw new TooManyClaimsException(read.id(), read.claims().size(), limit);
        }
    }

    private void checkLength(String id, String text) {
        if (text.length() > config.maxTextLength()) {
            throw new TextTooLongException(id, text.length(), config.maxTextLength());
        }
    }
}
