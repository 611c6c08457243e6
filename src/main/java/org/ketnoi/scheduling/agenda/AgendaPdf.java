package org.ketnoi.scheduling.agenda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.ketnoi.i18n.Language;
import org.ketnoi.shared.TranslatableException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Printable PDFs: a participant's agenda, and the organisers' table sheets (one page per table). */
@Component
class AgendaPdf {

    private static final float TITLE = 16;
    private static final float HEADING = 12.5f;
    private static final float BODY = 10.5f;

    private final PdfFonts fonts;
    private final MessageSource messages;

    AgendaPdf(PdfFonts fonts, MessageSource messages) {
        this.fonts = fonts;
        this.messages = messages;
    }

    byte[] agenda(Agenda agenda) {
        Locale locale = agenda.language().locale();
        DateTimeFormatter days =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        String title = message(locale, "agenda.pdf.title", agenda.companyName(), agenda.eventTitle());
        return render(title, sheet -> {
            sheet.text(title, TITLE, 0);
            sheet.text(message(locale, "agenda.zone-note", agenda.zoneLabel()), BODY, 0);
            if (agenda.version() != null) {
                sheet.text(message(locale, "agenda.version", agenda.version()), BODY, 0);
            }
            if (agenda.meetings().isEmpty()) {
                sheet.gap(8);
                sheet.text(message(locale, "agenda.none"), BODY, 0);
            }
            LocalDate day = null;
            for (AgendaMeeting meeting : agenda.meetings()) {
                if (!meeting.day().equals(day)) {
                    day = meeting.day();
                    sheet.gap(10);
                    sheet.text(days.format(day), HEADING, 0);
                }
                meeting(sheet, locale, meeting);
            }
        });
    }

    private void meeting(PdfSheet sheet, Locale locale, AgendaMeeting meeting) throws IOException {
        sheet.gap(6);
        String time = meeting.partnerTime() == null
                ? meeting.time()
                : message(locale, "agenda.time-both", meeting.time(), meeting.partnerTime());
        sheet.text(
                message(locale, "agenda.pdf.meeting", time, meeting.partnerName(), meeting.partnerCountry()),
                BODY + 0.5f,
                0);
        sheet.text(
                meeting.online()
                        ? message(locale, "agenda.ics.online", meeting.onlineUrl())
                        : message(locale, "agenda.ics.place", meeting.place()),
                BODY,
                14);
        if (meeting.interpreter() != null) {
            sheet.text(message(locale, "agenda.ics.interpreter", meeting.interpreter()), BODY, 14);
        }
    }

    byte[] tableSheets(ScheduleGrid grid, Language language) {
        Locale locale = language.locale();
        String title = message(locale, "agenda.sheets.title", grid.eventTitle());
        List<ScheduleGrid.Sheet> sheets = grid.sheets();
        return render(title, sheet -> {
            if (sheets.isEmpty()) {
                sheet.text(title, TITLE, 0);
                sheet.text(message(locale, "agenda.grid.none"), BODY, 0);
            }
            for (ScheduleGrid.Sheet table : sheets) {
                sheet.pageBreak();
                sheet.text(
                        message(locale, "agenda.sheets.table", table.table(), table.room(), table.point()), TITLE, 0);
                sheet.text(grid.eventTitle(), BODY, 0);
                sheet.text(message(locale, "agenda.zone-note", table.zoneLabel()), BODY, 0);
                for (ScheduleGrid.Row row : table.rows()) {
                    sheet.gap(8);
                    sheet.text(row.time(), HEADING, 0);
                    sheet.text(
                            message(
                                    locale,
                                    "agenda.pdf.pair",
                                    row.cell().first(),
                                    row.cell().second()),
                            BODY,
                            14);
                    if (row.cell().interpreter() != null) {
                        sheet.text(
                                message(
                                        locale,
                                        "agenda.ics.interpreter",
                                        row.cell().interpreter()),
                                BODY,
                                14);
                    }
                }
            }
        });
    }

    private interface Content {
        void write(PdfSheet sheet) throws IOException;
    }

    private byte[] render(String title, Content content) {
        try (PdfSheet sheet = new PdfSheet(fonts, title)) {
            content.write(sheet);
            return sheet.finish();
        } catch (TranslatableException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String message(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
