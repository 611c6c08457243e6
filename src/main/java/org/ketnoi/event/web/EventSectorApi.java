package org.ketnoi.event.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.event.EventId;
import org.ketnoi.event.EventSectorService;
import org.ketnoi.shared.ForbiddenException;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/events/{id}/sectors")
@Tag(name = "Events", description = "Trade promotion events, their connection points, trade rooms and grid")
class EventSectorApi {

    record SectorJson(String code, String name) {}

    record SectorChoice(@NotNull List<String> codes) {}

    private final EventSectorService sectors;
    private final MessageSource messages;

    EventSectorApi(EventSectorService sectors, MessageSource messages) {
        this.sectors = sectors;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "The sectors the event uses, with names in ?lang= (all defaults unless organisers chose)")
    List<SectorJson> get(@PathVariable long id, @AuthenticationPrincipal @Nullable AccountUser user, Locale locale) {
        return sectors.sectors(new EventId(id), user).stream()
                .map(s -> new SectorJson(s.code(), messages.getMessage(s.messageKey(), null, locale)))
                .toList();
    }

    @PutMapping
    @Operation(summary = "Choose the event's sectors among the default codes (organisers; 400 on unknown codes)")
    List<SectorJson> put(
            @PathVariable long id,
            @Validated @RequestBody SectorChoice choice,
            @AuthenticationPrincipal @Nullable AccountUser user,
            Locale locale) {
        if (user == null) {
            throw new ForbiddenException("api.problem.forbidden");
        }
        sectors.choose(new EventId(id), choice.codes(), user);
        return get(id, user, locale);
    }
}
