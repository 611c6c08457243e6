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
 * name) and one per national line (its own texts), each with its ancestors' names as context. The
 * subheading names the aligned tables derive from the national lines (Vietnamese path, Chinese
 * joined lines) go only into the documents of those lines, so that leaving a line out for the
 * benchmark leaves out everything its text produced.
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
                        Ancestry ancestry = new Ancestry(chapter.name(), heading.name(), subheading.name());
                        writer.addDocument(subheadingDocument(ancestry));
                        subheadings.add(subheading.code().digits());
                        for (Country country : Country.values()) {
                            for (HsEntry line : hs.nationalLines(subheading.code(), country)) {
                                writer.addDocument(lineDocument(line, ancestry));
                                lines.put(line.code(), subheadings.size());
                                subheadings.add(subheading.code().digits());
                            }
                        }
                    }
                }
            }
            writer.forceMerge(1);
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

    private record Ancestry(LocalizedText chapter, LocalizedText heading, LocalizedText subheading) {}

    private static Document subheadingDocument(Ancestry ancestry) {
        Document document = new Document();
        add(document, HsAnalyzers.EN, exactly(ancestry.subheading(), Language.EN));
        addContext(document, ancestry, "", "");
        add(document, HsAnalyzers.VI + HsAnalyzers.CONTEXT, exactly(ancestry.chapter(), Language.VI));
        add(document, HsAnalyzers.EN + HsAnalyzers.CONTEXT, exactly(ancestry.chapter(), Language.EN));
        add(document, HsAnalyzers.ZH + HsAnalyzers.CONTEXT, exactly(ancestry.chapter(), Language.ZH));
        return document;
    }

    private static Document lineDocument(HsEntry line, Ancestry ancestry) {
        Document document = new Document();
        add(document, HsAnalyzers.VI, exactly(line.name(), Language.VI));
        add(document, HsAnalyzers.ZH, exactly(line.name(), Language.ZH));
        add(document, HsAnalyzers.EN, exactly(line.name(), Language.EN));
        boolean vietnamese = line.code().country() == Country.VN;
        // The aligned Vietnamese subheading name is the path of Vietnam's rows: context of its VN lines only.
        String subheadingVi = vietnamese ? exactly(ancestry.subheading(), Language.VI) : "";
        addContext(document, ancestry, subheadingVi, exactly(ancestry.subheading(), Language.EN));
        return document;
    }

    private static void addContext(Document document, Ancestry ancestry, String subheadingVi, String subheadingEn) {
        add(
                document,
                HsAnalyzers.VI + HsAnalyzers.CONTEXT,
                join(subheadingVi, exactly(ancestry.heading(), Language.VI)));
        add(
                document,
                HsAnalyzers.EN + HsAnalyzers.CONTEXT,
                join(subheadingEn, exactly(ancestry.heading(), Language.EN)));
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
