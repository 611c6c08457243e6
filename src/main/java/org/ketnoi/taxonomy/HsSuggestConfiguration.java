package org.ketnoi.taxonomy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Starts building the HS suggestion index at start-up, off the main thread, and logs what it cost. */
@Configuration(proxyBeanMethods = false)
class HsSuggestConfiguration {

    private static final Logger log = LoggerFactory.getLogger(HsSuggestConfiguration.class);

    @Bean
    HsSuggester hsSuggester(HsNomenclature hs) {
        long start = System.nanoTime();
        HsSuggester suggester = HsSuggester.buildInBackground(
                hs,
                task -> Thread.ofPlatform().daemon().name("hs-suggest-index").start(task));
        suggester
                .ready()
                .thenAccept(documents -> log.info(
                        "Built HS suggestion index in the background in {} ms: {} documents",
                        (System.nanoTime() - start) / 1_000_000,
                        documents));
        return suggester;
    }
}
