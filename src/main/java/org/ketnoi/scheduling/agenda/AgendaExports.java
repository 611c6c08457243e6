package org.ketnoi.scheduling.agenda;

import org.ketnoi.i18n.Language;
import org.springframework.stereotype.Service;

/** Agendas and grids as files: RFC 5545 calendars and printable PDFs. */
@Service
public class AgendaExports {

    private final AgendaCalendar calendar;
    private final AgendaPdf pdf;

    AgendaExports(AgendaCalendar calendar, AgendaPdf pdf) {
        this.calendar = calendar;
        this.pdf = pdf;
    }

    /** The agenda as an iCalendar object (text/calendar, UTF-8, CRLF line ends). */
    public String calendar(Agenda agenda) {
        return calendar.render(agenda);
    }

    /**
     * The agenda as a printable A4 PDF with its fonts embedded.
     *
     * @throws org.ketnoi.shared.ConflictException when a configured font the text needs is missing
     */
    public byte[] pdf(Agenda agenda) {
        return pdf.agenda(agenda);
    }

    /** One A4 page per table with its meetings, for the organisers to lay on the tables. */
    public byte[] tableSheets(ScheduleGrid grid, Language language) {
        return pdf.tableSheets(grid, language);
    }
}
