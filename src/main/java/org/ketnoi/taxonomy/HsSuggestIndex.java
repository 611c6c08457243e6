package org.ketnoi.taxonomy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.ketnoi.i18n.Language;
import org.ketnoi.i18n.LocalizedText;

/**
 * The in-memory Lucene index behind {@link HsSuggester}: one document per subheading (its UN English
 * name, with the names above it as context) and one per national line (its own texts only, so each
 * text is analysed once). The names the aligned tables derive from the
 * national lines are kept out of the subheading's document (the Chinese joined lines entirely, a
 * line's own text at the end of the Vietnamese path), so that leaving a line out for the benchmark
 * leaves out everything its text produced.
 */
final class HsSuggestIndex {

    private final IndexSearcher searcher;
    private final String[] subheadingOfDocument;
    private final Map<HsCode, Integer> documentOfLine;

    private HsSuggestIndex(IndexSearcher searcher, String[] subheadingOfDocument, Map<HsCode, Integer> lines) {
        this.searcher = searcher;
        this.subheadingOfDocument = subheadingOfDocument;
        this.documentOfLine = lines;
    }

    static HsSuggestIndex build(HsNomenclature hs, Analyzer analyzer) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        // One flush at the end keeps one segment, so document numbers follow the order of adding.
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(512);
        List<String> subheadings = new ArrayList<>();
        Map<HsCode, Integer> lines = new HashMap<>();
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (HsEntry chapter : hs.chapters()) {
                for (HsEntry heading : hs.children(chapter.code())) {
                    for (HsEntry subheading : hs.children(heading.code())) {
                        String digits = subheading.code().digits();
                        List<HsEntry> own = new ArrayList<>();
                        for (Country country : Country.values()) {
                            own.addAll(hs.nationalLines(subheading.code(), country));
                        }
                        writer.addDocument(subheadingDocument(chapter, heading, subheading, own));
                        subheadings.add(digits);
                        for (HsEntry line : own) {
                            writer.addDocument(lineDocument(line));
                            lines.put(line.code(), subheadings.size());
                            subheadings.add(digits);
                        }
                    }
                }
            }
            writer.commit();
            DirectoryReader reader = DirectoryReader.open(directory);
            return new HsSuggestIndex(new IndexSearcher(reader), subheadings.toArray(String[]::new), Map.copyOf(lines));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    IndexSearcher searcher() {
        return searcher;
    }

    String subheadingOf(int document) {
        return subheadingOfDocument[document];
    }

    /** The document holding a national line's own text, to leave it out when benchmarking. */
    OptionalInt documentOf(HsCode line) {
        Integer document = documentOfLine.get(line);
        return document == null ? OptionalInt.empty() : OptionalInt.of(document);
    }

    int size() {
        return subheadingOfDocument.length;
    }

    /** Whether a document is a subheading's own (its names and its ancestors') rather than a line's. */
    boolean isSubheading(int document) {
        return document == 0 || !subheadingOfDocument[document].equals(subheadingOfDocument[document - 1]);
    }

    /**
     * The subheading with its UN English name and, as context, the names above it. Its Vietnamese path
     * is Vietnam's rows down to this subheading; where a single line ends it with its own text, that
     * text is cut off, since it belongs to the line's document.
     */
    private static Document subheadingDocument(
            HsEntry chapter, HsEntry heading, HsEntry subheading, List<HsEntry> lines) {
        Document document = new Document();
        add(document, HsAnalyzers.EN, exactly(subheading.name(), Language.EN));
        String path = exactly(subheading.name(), Language.VI);
        for (HsEntry line : lines) {
            String own = exactly(line.name(), Language.VI);
            if (!own.isEmpty() && path.endsWith(own)) {
                path = path.substring(0, path.length() - own.length());
            }
        }
        add(document, HsAnalyzers.VI + HsAnalyzers.CONTEXT, join(path, exactly(chapter.name(), Language.VI)));
        add(
                document,
                HsAnalyzers.EN + HsAnalyzers.CONTEXT,
                join(exactly(heading.name(), Language.EN), exactly(chapter.name(), Language.EN)));
        add(document, HsAnalyzers.ZH + HsAnalyzers.CONTEXT, exactly(chapter.name(), Language.ZH));
        return document;
    }

    private static Document lineDocument(HsEntry line) {
        Document document = new Document();
        add(document, HsAnalyzers.VI, exactly(line.name(), Language.VI));
        String chinese = exactly(line.name(), Language.ZH);
        add(document, HsAnalyzers.ZH, chinese);
        add(document, HsAnalyzers.ZH_CHARACTERS, chinese);
        add(document, HsAnalyzers.EN, exactly(line.name(), Language.EN));
        return document;
    }

    private static void add(Document document, String field, String text) {
        if (!text.isEmpty()) {
            document.add(new TextField(field, text, Field.Store.NO));
        }
    }

    private static String exactly(LocalizedText text, Language language) {
        return text.exactly(language).orElse("");
    }

    private static String join(String... texts) {
        return String.join(" | ", texts);
    }
}
