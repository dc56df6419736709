package io.claimcheck.reconciler.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The reconciliation thresholds a journalist might tune (see {@code ReconciliationRules} for their meaning). */
@ConfigMapping(prefix = "reconciler")
public interface ReconcilerConfig {

    /** How far an "about" figure may stretch either way before it disagrees, as a fraction (0.10 = 10%). */
    @WithDefault("0.10")
    double approximateTolerance();

    /** Figures further apart than this ratio count different scopes (a war's toll beside one attack's). */
    @WithDefault("100")
    double maxScopeRatio();

    Severity severity();

    Weights weights();

    StoryCache storyCache();

    /** Ratios of the larger figure to the smaller at which a discrepancy becomes MEDIUM and HIGH. */
    interface Severity {

        @WithDefault("1.5")
        double mediumRatio();

        @WithDefault("3.0")
        double highRatio();
    }

    /** The claimants' reliability weights, which weigh each discrepancy's consensus. */
    interface Weights {

        /** How often they are learned again from every stored discrepancy (a duration such as 5m, or off). */
        @WithDefault("5m")
        String refreshEvery();
    }

    /** The stories a replica keeps in memory between additions, so that an addition need not read its story back. */
    interface StoryCache {

        /**
         * How many claims it holds across the stories changed last (about 1.1 KB of heap each); 0 reads every story
         * from the database on every addition.
         */
        @WithDefault("100000")
        int maxClaims();
    }
}
