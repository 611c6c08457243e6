package org.ketnoi.scheduling.agenda.web;

import org.ketnoi.account.AccountUser;
import org.ketnoi.event.EventId;
import org.ketnoi.event.EventService;
import org.ketnoi.i18n.Language;
import org.ketnoi.scheduling.agenda.AgendaExports;
import org.ketnoi.scheduling.agenda.ScheduleGrid;
import org.ketnoi.scheduling.agenda.ScheduleGrids;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The organisers' grid of the published schedule per room and table, and the printable table sheets. */
@Controller
class ScheduleGridController {

    private final ScheduleGrids grids;
    private final AgendaExports exports;
    private final EventService events;

    ScheduleGridController(ScheduleGrids grids, AgendaExports exports, EventService events) {
        this.grids = grids;
        this.exports = exports;
        this.events = events;
    }

    @GetMapping("/manage/events/{id}/schedule/grid")
    String grid(@PathVariable long id, @AuthenticationPrincipal AccountUser user, Model model) {
        ScheduleGrid grid = grids.grid(new EventId(id), user, language());
        model.addAttribute("event", events.get(grid.event(), user));
        model.addAttribute("grid", grid);
        return "agenda/grid";
    }

    @GetMapping("/manage/events/{id}/schedule/tables.pdf")
    ResponseEntity<byte[]> tableSheets(@PathVariable long id, @AuthenticationPrincipal AccountUser user) {
        Language language = language();
        ScheduleGrid grid = grids.grid(new EventId(id), user, language);
        return AgendaDownloads.file(
                MediaType.APPLICATION_PDF, "tables-" + id + ".pdf", exports.tableSheets(grid, language));
    }

    private static Language language() {
        return Language.of(LocaleContextHolder.getLocale());
    }
}
