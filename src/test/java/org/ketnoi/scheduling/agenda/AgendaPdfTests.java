package org.ketnoi.scheduling.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.ketnoi.i18n.Language;
import org.ketnoi.scheduling.agenda.AgendaFixtures.Scene;
import org.ketnoi.shared.ConflictException;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The printed agenda is checked the way a reader sees it: pages rendered to images, and the areas
 * where the Vietnamese and Chinese characters sit must hold ink, with the fonts embedded as subsets.
 */
@IntegrationTest
class AgendaPdfTests {

    private static final float DPI = 110;

    @Autowired
    AgendaFixtures fixtures;

    @Autowired
    AgendaService agendas;

    @Autowired
    ScheduleGrids grids;

    @Autowired
    AgendaExports exports;

    @Test
    void agendaPdf_inChinese_rendersChineseAndVietnameseTextWithEmbeddedFonts() throws IOException {
        Scene scene = fixtures.scene();
        Agenda agenda = agendas.agenda(scene.event().id(), scene.hangzhou().user(), null, Language.ZH);

        try (PDDocument pdf = Loader.loadPDF(exports.pdf(agenda))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains(scene.hangzhou().name() + " 中文")
                    .contains("会谈日程")
                    .contains("3号桌 · Textiles · 杭州")
                    .contains("Lê Thu Hà（Tiếng Việt–中文）")
                    .contains(scene.traveller().name() + " 中文")
                    .contains("10:00–10:20")
                    .contains("10:40–11:00 / 09:40–10:00（GMT+7，河内）");
            assertEmbeddedSubsets(pdf.getPage(0), 2);
            assertInked(pdf, "杭州");
            assertInked(pdf, "会谈");
            assertInked(pdf, "Lê Thu Hà");
            assertInked(pdf, "Tiếng Việt");
        }
    }

    @Test
    void agendaPdf_inVietnamese_rendersTheDiacritics() throws IOException {
        Scene scene = fixtures.scene();
        Agenda agenda = agendas.agenda(scene.event().id(), scene.hanoi().user(), null, Language.VI);

        try (PDDocument pdf = Loader.loadPDF(exports.pdf(agenda))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("Lịch gặp của " + scene.hanoi().name() + " vi")
                    .contains("Họp trực tuyến: " + scene.onlineUrl())
                    .contains("Giờ theo GMT+7, Hà Nội");
            assertEmbeddedSubsets(pdf.getPage(0), 1);
            assertInked(pdf, "Lịch gặp");
            assertInked(pdf, "Đắk Lắk");
        }
    }

    @Test
    void tableSheets_givesOnePagePerTableWithBothCompaniesAndTheInterpreter() throws IOException {
        Scene scene = fixtures.scene();
        ScheduleGrid grid =
                grids.grid(scene.event().id(), scene.event().organiser().user(), Language.VI);

        try (PDDocument pdf = Loader.loadPDF(exports.tableSheets(grid, Language.VI))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("Bàn 3 · Textiles · Hàng Châu")
                    .contains("Giờ theo GMT+8, Hàng Châu")
                    .contains("10:00–10:20")
                    .contains(scene.hangzhou().name() + " vi — "
                            + scene.traveller().name() + " vi")
                    .contains("Phiên dịch: Lê Thu Hà (Tiếng Việt–中文)");
            assertInked(pdf, "中文");
        }
    }

    @Test
    void pdf_withoutTheConfiguredCjkFont_failsWithATranslatableError() throws Exception {
        PdfFonts fonts = new PdfFonts(new AgendaProperties(List.of(Path.of("/nowhere/missing-cjk.ttc"))));

        try (PdfSheet sheet = new PdfSheet(fonts, "test")) {
            sheet.text("Lịch gặp", 12, 0);
            assertThatThrownBy(() -> sheet.text("杭州", 12, 0))
                    .isInstanceOf(ConflictException.class)
                    .hasMessage("agenda.error.pdf-font-missing");
        }
    }

    private static void assertEmbeddedSubsets(PDPage page, int count) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : page.getResources().getFontNames()) {
            fonts.add(page.getResources().getFont(name));
        }
        assertThat(fonts).hasSize(count).allSatisfy(font -> {
            assertThat(font).isInstanceOf(PDType0Font.class);
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).matches("[A-Z]{6}\\+.+");
        });
    }

    /** The boxes where {@code text}'s characters are drawn hold dark pixels once the page is rendered. */
    private static void assertInked(PDDocument pdf, String text) throws IOException {
        List<TextPosition> found = positions(pdf, text);
        assertThat(found).as("positions of " + text).hasSize(text.codePointCount(0, text.length()));
        BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, DPI);
        float scale = DPI / 72;
        for (TextPosition position : found) {
            if (position.getUnicode().isBlank()) {
                continue;
            }
            int x0 = (int) Math.floor(position.getXDirAdj() * scale);
            int x1 = (int) Math.ceil((position.getXDirAdj() + position.getWidthDirAdj()) * scale);
            int y1 = (int) Math.ceil(position.getYDirAdj() * scale);
            int y0 = (int) Math.floor((position.getYDirAdj() - position.getFontSizeInPt()) * scale);
            int dark = 0;
            for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x1); x++) {
                for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y1 + 2); y++) {
                    int rgb = image.getRGB(x, y);
                    int luminance = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                    if (luminance < 128) {
                        dark++;
                    }
                }
            }
            assertThat(dark)
                    .as("ink of '" + position.getUnicode() + "' in " + text)
                    .isGreaterThan(3);
        }
    }

    /** The positions of the first occurrence of {@code text} on the first page. */
    private static List<TextPosition> positions(PDDocument pdf, String text) throws IOException {
        List<TextPosition> all = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String string, List<TextPosition> textPositions) throws IOException {
                all.addAll(textPositions);
                all.add(null);
                super.writeString(string, textPositions);
            }
        };
        stripper.setStartPage(1);
        stripper.setEndPage(1);
        stripper.getText(pdf);
        StringBuilder chars = new StringBuilder();
        List<TextPosition> index = new ArrayList<>();
        for (TextPosition position : all) {
            String unicode = position == null ? "\n" : position.getUnicode();
            chars.append(unicode);
            for (int i = 0; i < unicode.length(); i++) {
                index.add(position);
            }
        }
        int at = chars.indexOf(text);
        assertThat(at).as(text + " on page 1").isNotNegative();
        List<TextPosition> found = new ArrayList<>();
        for (int i = at; i < at + text.length(); i++) {
            if (found.isEmpty() || found.getLast() != index.get(i)) {
                found.add(index.get(i));
            }
        }
        return found;
    }
}
