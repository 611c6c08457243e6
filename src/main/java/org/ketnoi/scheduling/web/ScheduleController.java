package org.ketnoi.scheduling.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.company.CompanyService;
import org.ketnoi.company.CompanySummary;
import org.ketnoi.event.ConnectionPoint;
import org.ketnoi.event.Event;
import org.ketnoi.event.EventId;
import org.ketnoi.event.Participation;
import org.ketnoi.event.ParticipationId;
import org.ketnoi.event.Slot;
import org.ketnoi.event.TradeRoom;
import org.ketnoi.i18n.Language;
import org.ketnoi.meeting.MeetingRequestId;
import org.ketnoi.scheduling.ScheduleDrafts;
import org.ketnoi.scheduling.ScheduleRun;
import org.ketnoi.scheduling.ScheduleRuns;
import org.ketnoi.scheduling.ScheduleStatus;
import org.ketnoi.scheduling.ScheduleView;
import org.ketnoi.scheduling.ScheduledMeeting;
import org.ketnoi.shared.TranslatableException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The organisers' schedule page: solve runs with live progress (htmx polling) and a stop button, the
 * draft or published grid per slot and room, unscheduled requests with reasons and priorities,
 * warnings, pin / move / remove, and publishing after seeing what changes.
 */
@Controller
class ScheduleController {

    /** One slot of the grid with its meetings, by room and table, online ones last. */
    record SlotRow(Slot slot, List<String> times, List<ScheduledMeeting> meetings) {}

    private final ScheduleRuns runs;
    private final ScheduleDrafts drafts;
    private final CompanyService companies;
    private final MessageSource messages;

    ScheduleController(ScheduleRuns runs, ScheduleDrafts drafts, CompanyService companies, MessageSource messages) {
        this.runs = runs;
        this.drafts = drafts;
        this.companies = companies;
        this.messages = messages;
    }

    @GetMapping("/manage/events/{id}/schedule")
    String page(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String version,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        return page(new EventId(id), version, user, model, null);
    }

    @GetMapping("/manage/events/{id}/schedule/run")
    String runPanel(@PathVariable long id, @AuthenticationPrincipal AccountUser user, Model model) {
        EventId event = new EventId(id);
        model.addAttribute("eventId", id);
        model.addAttribute("run", runs.latest(event, user).orElse(null));
        return "scheduling/manage :: run";
    }

    @PostMapping("/manage/events/{id}/schedule/runs")
    String start(
            @PathVariable long id,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            HttpServletResponse response) {
        return act(id, user, model, response, () -> runs.start(new EventId(id), user), "started");
    }

    @PostMapping("/manage/events/{id}/schedule/runs/{runId}/stop")
    String stop(
            @PathVariable long id,
            @PathVariable long runId,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            HttpServletResponse response) {
        return act(id, user, model, response, () -> runs.stop(new EventId(id), runId, user), "stopping");
    }

    @PostMapping("/manage/events/{id}/schedule/meetings/{requestId}/pin")
    String pin(
            @PathVariable long id,
            @PathVariable long requestId,
            @RequestParam boolean pinned,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            HttpServletResponse response) {
        return act(
                id,
                user,
                model,
                response,
                () -> drafts.pin(new EventId(id), new MeetingRequestId(requestId), pinned, user),
                "saved");
    }

    @PostMapping("/manage/events/{id}/schedule/meetings/{requestId}/move")
    String move(
            @PathVariable long id,
            @PathVariable long requestId,
            @RequestParam String slot,
            @RequestParam(required = false) @Nullable String place,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            HttpServletResponse response) {
        return act(
                id,
                user,
                model,
                response,
                () -> {
                    Instant start = parseSlot(slot);
                    Long room = null;
                    Integer table = null;
                    if (place != null && !place.isBlank()) {
                        String[] parts = place.split("/");
                        try {
                            room = Long.parseLong(parts[0]);
                            table = parts.length > 1 ? Integer.parseInt(parts[1]) : null;
                        } catch (NumberFormatException e) {
                            throw new org.ketnoi.shared.InvalidInputException(
                                    "table", "scheduling.error.table-invalid");
                        }
                    }
                    drafts.move(new EventId(id), new MeetingRequestId(requestId), start, room, table, user);
                },
                "moved");
    }

    @PostMapping("/manage/events/{id}/schedule/meetings/{requestId}/remove")
    String remove(
            @PathVariable long id,
            @PathVariable long requestId,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            HttpServletResponse response) {
        return act(
                id,
                user,
                model,
                response,
                () -> drafts.remove(new EventId(id), new MeetingRequestId(requestId), user),
                "removed");
    }

    @PostMapping("/manage/events/{id}/schedule/requests/{requestId}/restore")
    String restore(
            @PathVariable long id,
            @PathVariable long requestId,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            HttpServletResponse response) {
        return act(
                id,
                user,
                model,
                response,
                () -> drafts.restore(new EventId(id), new MeetingRequestId(requestId), user),
                "restored");
    }

    @PostMapping("/manage/events/{id}/schedule/requests/{requestId}/priority")
    String priority(
            @PathVariable long id,
            @PathVariable long requestId,
            @RequestParam int priority,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            HttpServletResponse response) {
        return act(
                id,
                user,
                model,
                response,
                () -> drafts.prioritise(new EventId(id), new MeetingRequestId(requestId), priority, user),
                "saved");
    }

    @PostMapping("/manage/events/{id}/schedule/publish")
    String publish(
            @PathVariable long id,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            HttpServletResponse response) {
        return act(id, user, model, response, () -> drafts.publish(new EventId(id), user), "published");
    }

    private String act(
            long id, AccountUser user, Model model, HttpServletResponse response, Runnable action, String done) {
        try {
            action.run();
            return "redirect:/manage/events/" + id + "/schedule?" + done;
        } catch (org.ketnoi.shared.InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(new EventId(id), null, user, model, translate(e));
        } catch (org.ketnoi.shared.ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(new EventId(id), null, user, model, translate(e));
        }
    }

    private static Instant parseSlot(String slot) {
        try {
            return Instant.parse(slot);
        } catch (java.time.format.DateTimeParseException e) {
            throw new org.ketnoi.shared.InvalidInputException("slot", "scheduling.error.slot-invalid");
        }
    }

    private String page(
            EventId eventId, @Nullable String version, AccountUser user, Model model, @Nullable String error) {
        ScheduleView draft = drafts.view(eventId, ScheduleStatus.DRAFT, user);
        ScheduleView view = "published".equals(version) || !draft.exists()
                ? drafts.view(eventId, ScheduleStatus.PUBLISHED, user)
                : draft;
        Event event = view.event();
        Language language = Language.of(locale());
        Map<ParticipationId, String> names = names(view, language);
        List<ZoneId> zones = zones(event);
        Map<Instant, List<ScheduledMeeting>> bySlot = new HashMap<>();
        view.meetings()
                .forEach(m -> bySlot.computeIfAbsent(m.start(), s -> new ArrayList<>())
                        .add(m));
        List<SlotRow> grid = new ArrayList<>();
        List<Slot> slots = event.slots();
        for (Slot slot : slots) {
            List<ScheduledMeeting> here = new ArrayList<>(bySlot.getOrDefault(slot.start(), List.of()));
            here.sort(Comparator.comparing((ScheduledMeeting m) -> m.online())
                    .thenComparing(m -> m.tradeRoom() == null ? 0L : m.tradeRoom())
                    .thenComparing(m -> m.table() == null ? 0 : m.table()));
            grid.add(new SlotRow(
                    slot, zones.stream().map(z -> time(slot.start(), z)).toList(), here));
        }
        Map<Long, String> rooms = new LinkedHashMap<>();
        Map<Long, String> points = new HashMap<>();
        List<String> places = new ArrayList<>();
        Map<String, String> placeNames = new LinkedHashMap<>();
        for (ConnectionPoint p : event.connectionPoints()) {
            points.put(p.id(), p.name().in(language));
            for (TradeRoom r : p.tradeRooms()) {
                rooms.put(r.id(), r.name().in(language));
                for (int t = 1; t <= r.tables(); t++) {
                    places.add(r.id() + "/" + t);
                    placeNames.put(r.id() + "/" + t, r.name().in(language) + " · " + t);
                }
            }
        }
        Map<Long, String> interpreters = new HashMap<>();
        view.interpreters().forEach((id, i) -> interpreters.put(id, i.name()));
        ScheduleRun run = runs.latest(eventId, user).orElse(null);
        model.addAttribute("event", event);
        model.addAttribute("eventId", eventId.value());
        model.addAttribute("view", view);
        model.addAttribute("hasDraft", draft.exists());
        model.addAttribute("draftShown", view.status() == ScheduleStatus.DRAFT);
        model.addAttribute("grid", grid);
        model.addAttribute("zones", zones.stream().map(ZoneId::getId).toList());
        model.addAttribute("names", names);
        model.addAttribute("rooms", rooms);
        model.addAttribute("points", points);
        model.addAttribute("placeNames", placeNames);
        model.addAttribute("interpreters", interpreters);
        model.addAttribute("slotChoices", slots);
        model.addAttribute("run", run);
        model.addAttribute(
                "changes", view.status() == ScheduleStatus.DRAFT ? drafts.changes(eventId, user) : List.of());
        model.addAttribute("error", error);
        return "scheduling/manage";
    }

    private Map<ParticipationId, String> names(ScheduleView view, Language language) {
        Map<ParticipationId, String> names = new HashMap<>();
        Map<org.ketnoi.company.CompanyId, String> byCompany = new HashMap<>();
        for (CompanySummary c : companies.findAll(view.participants().values().stream()
                .map(Participation::company)
                .toList())) {
            byCompany.put(c.id(), c.name().in(language));
        }
        view.participants()
                .forEach((id, p) -> names.put(id, byCompany.getOrDefault(p.company(), String.valueOf(id.value()))));
        return names;
    }

    /** The event's zone first, then each connection point's other zones. */
    static List<ZoneId> zones(Event event) {
        Set<ZoneId> zones = new LinkedHashSet<>();
        zones.add(event.zone());
        event.connectionPoints().forEach(p -> zones.add(p.timeZone()));
        return List.copyOf(zones);
    }

    private static String time(Instant instant, ZoneId zone) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(instant.atZone(zone));
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private String translate(TranslatableException e) {
        return messages.getMessage(e.messageKey(), e.arguments(), locale());
    }
}
