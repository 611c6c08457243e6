package org.ketnoi.scheduling.agenda;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;
import org.ketnoi.shared.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The fonts of printed agendas. DejaVu Sans ships inside the application (Latin and Vietnamese; its
 * licence allows bundling, see fonts/DejaVuSans-LICENSE.txt); Chinese needs a CJK font from the
 * machine, configured with {@code ketnoi.agenda.pdf-fonts}. A configured file that is missing is
 * reported once at startup, and a PDF that needs it fails with a message naming the property,
 * instead of printing empty boxes. Fonts are embedded as subsets.
 */
@Component
@EnableConfigurationProperties(AgendaProperties.class)
class PdfFonts {

    private static final Logger log = LoggerFactory.getLogger(PdfFonts.class);
    private static final String BUNDLED = "/fonts/DejaVuSans.ttf";

    private final List<Path> configured;
    private final byte[] bundled;

    PdfFonts(AgendaProperties properties) {
        this.configured = properties.pdfFonts();
        try (InputStream in = PdfFonts.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled font " + BUNDLED);
            }
            this.bundled = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path path : configured) {
            if (!Files.isReadable(path)) {
                log.warn(
                        "PDF font {} (ketnoi.agenda.pdf-fonts) is not readable: printed agendas with Chinese text"
                                + " will fail until it is installed (Debian: apt-get install fonts-wqy-zenhei) or"
                                + " the property names another TrueType font",
                        path);
            }
        }
    }

    /** A font loaded into one document, with what it covers. */
    record Loaded(PDType0Font font, CmapLookup cmap) {

        boolean covers(int codePoint) {
            return cmap.getGlyphId(codePoint) > 0;
        }
    }

    /** The fonts of one document; closing it releases the font files after the document is saved. */
    final class Set implements AutoCloseable {

        private final List<Loaded> fonts = new ArrayList<>();
        private final List<AutoCloseable> open = new ArrayList<>();
        private final List<Path> missing = new ArrayList<>();

        Set(PDDocument document) throws IOException {
            TrueTypeFont dejaVu = new TTFParser().parse(new RandomAccessReadBuffer(bundled));
            open.add(dejaVu);
            add(document, dejaVu);
            for (Path path : configured) {
                if (!Files.isReadable(path)) {
                    missing.add(path);
                } else if (path.toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                    TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
                    open.add(collection);
                    List<TrueTypeFont> first = new ArrayList<>(1);
                    collection.processAllFonts(font -> {
                        if (first.isEmpty()) {
                            first.add(font);
                        }
                    });
                    if (!first.isEmpty()) {
                        add(document, first.getFirst());
                    }
                } else {
                    TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(path));
                    open.add(font);
                    add(document, font);
                }
            }
        }

        private void add(PDDocument document, TrueTypeFont font) throws IOException {
            fonts.add(new Loaded(PDType0Font.load(document, font, true), font.getUnicodeCmapLookup()));
        }

        /**
         * The first font that has the character, {@code null} when none has it.
         *
         * @throws ConflictException when none has it and a configured font is missing
         */
        @Nullable
        Loaded fontFor(int codePoint) {
            for (Loaded font : fonts) {
                if (font.covers(codePoint)) {
                    return font;
                }
            }
            if (!missing.isEmpty()) {
                throw new ConflictException(
                        "agenda.error.pdf-font-missing", missing.getFirst().toString());
            }
            return null;
        }

        @Override
        public void close() throws Exception {
            for (AutoCloseable closeable : open) {
                closeable.close();
            }
        }
    }

    Set load(PDDocument document) throws IOException {
        return new Set(document);
    }
}
