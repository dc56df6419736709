package io.claimcheck.extractor.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the extraction API. */
@ConfigMapping(prefix = "extractor")
public interface ExtractorConfig {

    /** The longest text, in UTF-16 code units, that one extraction accepts. */
    @WithDefault("1000000")
    int maxTextLength();

    /** The most texts one batch call accepts. */
    @WithDefault("100")
    int maxBatchSize();
}
