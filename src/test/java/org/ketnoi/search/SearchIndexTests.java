package org.ketnoi.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTests {

    @TempDir
    Path directory;

    @Test
    void emptyDirectory_needsRebuild() throws Exception {
        try (SearchIndex index = SearchIndex.open(directory, SearchAnalyzers.perField(), Duration.ofSeconds(1))) {
            assertThat(index.needsRebuild()).isTrue();
        }
    }

    @Test
    void indexOfAnotherFormat_needsRebuild() throws Exception {
        try (IndexWriter old = new IndexWriter(FSDirectory.open(directory), new IndexWriterConfig())) {
            old.setLiveCommitData(Map.of("ketnoi.search.format", "0").entrySet());
            old.commit();
        }

        try (SearchIndex index = SearchIndex.open(directory, SearchAnalyzers.perField(), Duration.ofSeconds(1))) {
            assertThat(index.needsRebuild()).isTrue();
        }
    }

    @Test
    void committedIndexOfThisFormat_isKept() throws Exception {
        try (SearchIndex index = SearchIndex.open(directory, SearchAnalyzers.perField(), Duration.ofSeconds(1))) {
            index.replaceAll(java.util.List.of());
        }

        try (SearchIndex index = SearchIndex.open(directory, SearchAnalyzers.perField(), Duration.ofSeconds(1))) {
            assertThat(index.needsRebuild()).isFalse();
        }
    }
}
