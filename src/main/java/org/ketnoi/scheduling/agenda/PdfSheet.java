package org.ketnoi.scheduling.agenda;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A simple flowing A4 document: lines of text wrapped to the page width, each character drawn with
 * the first font that has it (Vietnamese from DejaVu Sans, Chinese from the CJK font), new pages as
 * the text runs down. Not thread-safe; one per rendering.
 */
final class PdfSheet implements AutoCloseable {

    private static final float MARGIN = 50;
    private static final float LEADING = 1.35f;

    private final PDDocument document = new PDDocument();
    private final PdfFonts.Set fonts;
    private final float width;
    private PDPageContentStream stream;
    private float y;

    PdfSheet(PdfFonts fonts, String title) throws IOException {
        this.fonts = fonts.load(document);
        document.getDocumentInformation().setTitle(title);
        this.width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        this.stream = newPage();
    }

    private PDPageContentStream newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        y = PDRectangle.A4.getHeight() - MARGIN;
        return new PDPageContentStream(document, page);
    }

    /** Starts a new page, unless the current one is still empty. */
    void pageBreak() throws IOException {
        if (y < PDRectangle.A4.getHeight() - MARGIN) {
            stream.close();
            stream = newPage();
        }
    }

    void gap(float points) {
        y -= points;
    }

    /** Writes the text wrapped to the page width, indented by {@code indent} points. */
    void text(String text, float size, float indent) throws IOException {
        for (String line : wrap(text.replace('\t', ' '), size, width - indent)) {
            if (y - size * LEADING < MARGIN) {
                stream.close();
                stream = newPage();
            }
            y -= size * LEADING;
            draw(line, size, MARGIN + indent, y);
        }
    }

    private void draw(String line, float size, float x, float baseline) throws IOException {
        float at = x;
        for (Run run : runs(line)) {
            stream.beginText();
            stream.setFont(run.font().font(), size);
            stream.newLineAtOffset(at, baseline);
            stream.showText(run.text());
            stream.endText();
            at += run.font().font().getStringWidth(run.text()) / 1000 * size;
        }
    }

    private record Run(PdfFonts.Loaded font, String text) {}

    private List<Run> runs(String line) {
        List<Run> runs = new ArrayList<>();
        PdfFonts.Loaded current = null;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            i += Character.charCount(codePoint);
            PdfFonts.Loaded font = fonts.fontFor(codePoint);
            if (font == null) {
                codePoint = '?';
                font = fonts.fontFor('?');
            }
            if (font != current && current != null && !text.isEmpty()) {
                runs.add(new Run(current, text.toString()));
                text.setLength(0);
            }
            current = font;
            text.appendCodePoint(codePoint);
        }
        if (current != null && !text.isEmpty()) {
            runs.add(new Run(current, text.toString()));
        }
        return runs;
    }

    private float width(String text, float size) throws IOException {
        float total = 0;
        for (Run run : runs(text)) {
            total += run.font().font().getStringWidth(run.text()) / 1000 * size;
        }
        return total;
    }

    /** Greedy wrapping: at the last space that fits, else (Chinese has no spaces) at any character. */
    private List<String> wrap(String text, float size, float available) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            String rest = paragraph;
            while (width(rest, size) > available) {
                int cut = rest.length();
                while (cut > 1 && width(rest.substring(0, cut), size) > available) {
                    cut = rest.offsetByCodePoints(cut, -1);
                }
                int space = rest.lastIndexOf(' ', cut);
                int end = space > 0 ? space : cut;
                lines.add(rest.substring(0, end));
                rest = rest.substring(end).stripLeading();
            }
            lines.add(rest);
        }
        return lines;
    }

    byte[] finish() throws IOException {
        stream.close();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws Exception {
        try {
            document.close();
        } finally {
            fonts.close();
        }
    }
}
