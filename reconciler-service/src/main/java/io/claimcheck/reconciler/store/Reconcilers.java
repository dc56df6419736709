package io.claimcheck.reconciler.store;

import jakarta.enterprise.context.ApplicationScoped;

import io.claimcheck.reconciler.domain.ObjectClasses;
import io.claimcheck.reconciler.domain.Reconciler;
import io.claimcheck.reconciler.domain.ReconciliationRules;

/** Hands out a reconciler with the configured rules and the claimants' latest weights (cheap to build). */
@ApplicationScoped
public class Reconcilers {

    private final ReconciliationRules rules;
    private final ObjectClasses classes;
    private final ClaimantWeights weights;

    Reconcilers(ReconciliationRules rules, ObjectClasses classes, ClaimantWeights weights) {
        this.rules = rules;
        this.classes = classes;
        this.weights = weights;
    }

    public Reconciler current() {
        return new Reconciler(rules, weights.current(), classes);
    }
}
