package io.claimcheck.extractor.api;

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

/** Text in, numeric claims out. Stateless: any replica answers any call. */
@Path("/extractions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ExtractionResource {

    private final Extractions extractions;
    private final ExtractorConfig config;

    ExtractionResource(Extractions extractions, ExtractorConfig config) {
        this.extractions = extractions;
        this.config = config;
    }

    @POST
    @Operation(operationId = "extract", summary = "Find the numeric claims in one text")
    public ExtractionResponse extract(@Valid @NotNull ExtractionRequest request) {
        return extractions.read(request.id(), request.text(), request.publishedAt(),
                new PartyTable(request.parties()), null);
    }

    @POST
    @Path("/batch")
    @Operation(operationId = "extractBatch", summary = "Find the numeric claims in several texts with one party table")
    public BatchExtractionResponse extractBatch(@Valid @NotNull BatchExtractionRequest request) {
        if (request.texts().size() > config.maxBatchSize()) {
            throw new BatchTooLargeException(request.texts().size(), config.maxBatchSize());
        }
        // every text within the length limit before any is read
        request.texts().forEach(t -> extractions.checkLength(t.id(), t.text()));
        PartyTable parties = new PartyTable(request.parties());
        return new BatchExtractionResponse(request.texts().stream()
                .map(t -> extractions.read(t.id(), t.text(), t.publishedAt(), parties, request.maxClaimsPerText()))
                .toList());
    }
}
