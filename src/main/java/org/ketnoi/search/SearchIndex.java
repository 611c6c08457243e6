package org.ketnoi.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index on disk. Changes are visible to searches at once (near-real-time readers from the
 * writer) and committed to disk in batches, at most {@code commitDelay} later, because a commit
 * fsyncs files and costs far more than the change. The commit's user data carries the format
 * version: an index written by another version is thrown away and rebuilt.
 */
final class SearchIndex implements Closeable {

    /** Raise when documents change shape, so existing indexes are rebuilt at the next start. */
    static final String FORMAT_VERSION = "3";

    private static final String FORMAT = "ketnoi.search.format";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean needsRebuild;
    private final Duration commitDelay;
    private final ScheduledExecutorService committer;
    private final AtomicBoolean commitPending = new AtomicBoolean();

    private SearchIndex(Directory directory, IndexWriter writer, boolean needsRebuild, Duration commitDelay)
            throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.needsRebuild = needsRebuild;
        this.commitDelay = commitDelay;
        this.searchers = new SearcherManager(writer, null);
        this.committer = Executors.newSingleThreadScheduledExecutor(
                task -> Thread.ofPlatform().daemon().name("search-commit").unstarted(task));
    }

    /** Opens the index in the directory, creating it empty (and to be rebuilt) when missing or outdated. */
    static SearchIndex open(Path path, Analyzer analyzer, Duration commitDelay) {
        try {
            Files.createDirectories(path);
            Directory directory = FSDirectory.open(path);
            boolean current = DirectoryReader.indexExists(directory)
                    && FORMAT_VERSION.equals(SegmentInfos.readLatestCommit(directory)
                            .getUserData()
                            .get(FORMAT));
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(current ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(64);
            IndexWriter writer = new IndexWriter(directory, config);
            writer.setLiveCommitData(Map.of(FORMAT, FORMAT_VERSION).entrySet());
            return new SearchIndex(directory, writer, !current, commitDelay);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + path, e);
        }
    }

    /** Whether the index was missing or of another format when opened: the caller fills it. */
    boolean needsRebuild() {
        return needsRebuild;
    }

    /** Adds the document or replaces the one with the same key. */
    void upsert(String key, Document document) {
        io(() -> writer.updateDocument(new Term(SearchFields.KEY, key), document));
        changed();
    }

    void delete(String key) {
        io(() -> writer.deleteDocuments(new Term(SearchFields.KEY, key)));
        changed();
    }

    /**
     * Replaces everything with the documents, merges them into one segment (a search then looks every
     * term up once, not once per segment) and commits; searches see the old index until then.
     */
    void replaceAll(Iterable<Document> documents) {
        io(() -> {
            writer.deleteAll();
            for (Document document : documents) {
                writer.addDocument(document);
            }
            writer.forceMerge(1);
            writer.commit();
            searchers.maybeRefreshBlocking();
        });
    }

    /** Adds documents without replacing, for bulk loads into an empty index (the benchmark). */
    void addAll(Iterable<Document> documents) {
        io(() -> {
            for (Document document : documents) {
                writer.addDocument(document);
            }
        });
    }

    /** Merges into one segment, as after a rebuild, and commits (the benchmark's bulk load). */
    void optimize() {
        io(() -> writer.forceMerge(1));
        commit();
    }

    /** Commits now and makes every change visible. */
    void commit() {
        io(() -> {
            commitPending.set(false);
            writer.commit();
            searchers.maybeRefreshBlocking();
        });
    }

    /** Runs a read on the current searcher. */
    <T> T read(SearcherFunction<T> read) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return read.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        committer.shutdownNow();
        searchers.close();
        writer.close();
        directory.close();
    }

    private void changed() {
        io(searchers::maybeRefreshBlocking);
        if (commitPending.compareAndSet(false, true)) {
            committer.schedule(this::commitQuietly, commitDelay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void commitQuietly() {
        if (writer.isOpen()) {
            commit();
        }
    }

    private static void io(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }
}
