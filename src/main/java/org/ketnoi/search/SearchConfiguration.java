package org.ketnoi.search;

import org.apache.lucene.analysis.Analyzer;
import org.ketnoi.taxonomy.Geography;
import org.ketnoi.taxonomy.HsNomenclature;
import org.ketnoi.taxonomy.HsSuggester;
import org.ketnoi.taxonomy.SectorCatalog;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

    private final Analyzer analyzer = SearchAnalyzers.perField();

    @Bean(destroyMethod = "close")
    SearchIndex searchIndex(SearchProperties properties) {
        return SearchIndex.open(properties.indexDir(), analyzer, properties.commitDelay());
    }

    @Bean
    SearchLabels searchLabels(MessageSource messages, Geography geography, HsNomenclature hs) {
        return new SearchLabels(messages, geography, hs);
    }

    @Bean
    SearchDocuments searchDocuments(SectorCatalog sectors, SearchLabels labels) {
        return new SearchDocuments(sectors, labels);
    }

    @Bean
    SearchService searchService(
            SearchIndex index,
            HsSuggester suggester,
            SearchLabels labels,
            EventScope events,
            SearchProperties properties) {
        return new SearchService(index, new SearchQueries(analyzer, suggester), labels, events, properties.pageSize());
    }
}
