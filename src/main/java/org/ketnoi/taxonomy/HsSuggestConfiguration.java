package org.ketnoi.taxonomy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the HS suggestion index at start-up and logs what it cost, since it delays every start. */
@Configuration(proxyBeanMethods = false)
class HsSuggestConfiguration {

    private static final Logger log = LoggerFactory.getLogger(HsSuggestConfiguration.class);

    @Bean
    HsSuggester hsSuggester(HsNomenclature hs) {
        long start = System.nanoTime();
        HsSuggester suggester = HsSuggester.build(hs);
        log.info(
                "Built HS suggestion index in {} ms: {} documents",
                (System.nanoTime() - start) / 1_000_000,
                suggester.documents());
        return suggester;
    }
}
