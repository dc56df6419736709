package io.claimcheck.reconciler.api;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.claimcheck.http.Problem;
import io.claimcheck.reconciler.store.StoryStore;

/** The store's refusals as problem answers; every other failure is mapped by the shared {@code ProblemMappers}. */
class StoreProblems {

    @ServerExceptionMapper
    Response keyReused(StoryStore.IdempotencyKeyReusedException e) {
        return Problem.of("idempotency-key-reused", "Idempotency-Key reused", 422, e.getMessage()).toResponse();
    }
}
