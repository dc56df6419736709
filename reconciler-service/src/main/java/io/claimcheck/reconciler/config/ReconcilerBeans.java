package io.claimcheck.reconciler.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.claimcheck.reconciler.domain.ObjectClasses;
import io.claimcheck.reconciler.domain.ReconciliationRules;

/** Makes the framework-free reconciliation rules beans, tuned by configuration. */
class ReconcilerBeans {

    @Produces
    @Singleton
    ReconciliationRules rules(ReconcilerConfig config) {
        return new ReconciliationRules(config.approximateTolerance(), config.severity().mediumRatio(),
                config.severity().highRatio(), config.maxScopeRatio());
    }

    @Produces
    @Singleton
    ObjectClasses objectClasses() {
        return ObjectClasses.builtIn();
    }
}
