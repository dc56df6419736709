package io.claimcheck.gateway.clients;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The extractor's HTTP API. Used only through {@link ExtractorService}, which owns the fault tolerance. */
@RegisterRestClient(configKey = "extractor")
@RegisterProvider(DownstreamErrors.class)
@RegisterClientHeaders
@Path("/extractions")
interface ExtractorClient {

    @POST
    @Path("/batch")
    ExtractionBatch.Response extractBatch(ExtractionBatch.Request request);
}
