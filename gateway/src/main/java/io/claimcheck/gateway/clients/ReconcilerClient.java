package io.claimcheck.gateway.clients;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The reconciler's HTTP API. Used only through {@link ReconcilerService}, which owns the fault tolerance. */
@RegisterRestClient(configKey = "reconciler")
@RegisterProvider(DownstreamErrors.class)
@RegisterClientHeaders
interface ReconcilerClient {

    @POST
    @Path("/comparisons")
    Comparison.Response compare(Comparison.Request request);
}
