package io.claimcheck.reconciler.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.claimcheck.reconciler.domain.Reconciler;
import io.claimcheck.reconciler.domain.ReconciliationRules;

/** Makes the framework-free reconciliation rules a bean, tuned by configuration. */
class ReconcilerBeans {

    @Produces
    @Singleton
    ReconciliationRules rules(ReconcilerConfig config) {
        return new ReconciliationRules(config.approximateTolerance(), config.severity().mediumRatio(),
                config.severity().highRatio(), config.maxScopeRatio());
    }

    @Produces
    @Singleton
    Reconciler reconciler(ReconciliationRules rules) {
        return new Reconciler(rules);
    }
}
