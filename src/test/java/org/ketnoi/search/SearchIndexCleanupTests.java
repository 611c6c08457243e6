package org.ketnoi.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexCleanupTests {

    @TempDir
    Path elsewhere;

    @Test
    void remover_deletesTheTestIndexDirectory_andNothingOutsideTheTestsFolder() throws Exception {
        Path index = Path.of(
                System.getProperty("java.io.tmpdir"),
                "ketnoi-search-test",
                UUID.randomUUID().toString());
        try (SearchIndex opened = SearchIndex.open(index, SearchAnalyzers.perField(), Duration.ofSeconds(1))) {
            opened.replaceAll(java.util.List.of());
        }
        Files.writeString(elsewhere.resolve("keep"), "x");

        new SearchIndexCleanup.SearchIndexDirectoryRemover(properties(index)).destroy();
        new SearchIndexCleanup.SearchIndexDirectoryRemover(properties(elsewhere)).destroy();

        assertThat(index).doesNotExist();
        assertThat(elsewhere.resolve("keep")).exists();
    }

    private static SearchProperties properties(Path directory) {
        return new SearchProperties(directory, 20, Duration.ofSeconds(2));
    }
}
