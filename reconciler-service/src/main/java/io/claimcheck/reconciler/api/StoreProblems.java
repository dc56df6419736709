package io.claimcheck.reconciler.api;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.claimcheck.http.Problem;
import io.claimcheck.reconciler.domain.Verdict;
import io.claimcheck.reconciler.store.StoryStore;
import io.claimcheck.reconciler.store.VerdictStore;

/**
 * The store's and the domain's refusals as problem answers; every other failure is mapped by the shared
 * {@code ProblemMappers}.
 */
class StoreProblems {

    @ServerExceptionMapper
    Response keyReused(StoryStore.IdempotencyKeyReusedException e) {
        return Problem.of("idempotency-key-reused", "Idempotency-Key reused", 422, e.getMessage()).toResponse();
    }

    /** The same problem as every other thing not found ({@code NotFoundException}'s). */
    @ServerExceptionMapper
    Response unknownDiscrepancy(VerdictStore.UnknownDiscrepancyException e) {
        return Problem.of("not-found", "Not Found", 404, e.getMessage()).toResponse();
    }

    /** A verdict of the right shape that breaks its rules (a dismissal without its reason): 422, naming the field. */
    @ServerExceptionMapper
    Response verdictRefused(Verdict.RefusedException e) {
        return Problem.of("unprocessable-verdict", "Unprocessable verdict", 422, e.field() + " " + e.getMessage())
                .toResponse();
    }
}
