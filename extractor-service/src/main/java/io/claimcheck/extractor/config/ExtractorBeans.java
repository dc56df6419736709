package io.claimcheck.extractor.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.claimcheck.extractor.pipeline.Extractor;

/** Makes the framework-free pipeline a bean: its lexicons are read once, at start-up. */
class ExtractorBeans {

    @Produces
    @Singleton
    Extractor extractor() {
        return Extractor.load();
    }
}
