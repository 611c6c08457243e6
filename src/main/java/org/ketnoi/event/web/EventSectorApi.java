package org.ketnoi.event.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.event.EventId;
import org.ketnoi.event.EventSector;
import org.ketnoi.event.EventSectorService;
import org.ketnoi.i18n.Language;
import org.ketnoi.shared.ForbiddenException;
import org.ketnoi.shared.NotFoundException;
import org.ketnoi.taxonomy.HsCode;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/events/{id}/sectors")
@Tag(name = "Events", description = "Trade promotion events, their connection points, trade rooms and grid")
class EventSectorApi {

    /**
     * @param name in the reader's language (the event's name where it has one)
     * @param names the event's own names, {@code null} for a default sector with its taxonomy name
     */
    record SectorJson(String code, String name, EventJson.@Nullable Text names, List<String> hsCodes, boolean custom) {}

    record SectorChoice(@NotNull List<String> codes) {}

    record NewSector(
            @NotNull @Valid EventJson.Text name,
            @Nullable @Size(max = 100) List<String> chapters) {}

    record SectorName(@NotNull @Valid EventJson.Text name) {}

    private final EventSectorService sectors;

    EventSectorApi(EventSectorService sectors) {
        this.sectors = sectors;
    }

    @GetMapping
    @Operation(
            summary = "The sectors the event uses, with names in ?lang=: chosen defaults (all unless organisers"
                    + " chose), each perhaps renamed for the event, then the event's custom sectors")
    List<SectorJson> get(@PathVariable long id, @AuthenticationPrincipal @Nullable AccountUser user, Locale locale) {
        Language reader = Language.of(locale);
        return sectors.eventSectors(new EventId(id), user).stream()
                .map(s -> json(s, reader))
                .toList();
    }

    @PutMapping
    @Operation(summary = "Choose the event's default sectors (organisers; 400 on unknown codes; custom ones stay)")
    List<SectorJson> put(
            @PathVariable long id,
            @Validated @RequestBody SectorChoice choice,
            @AuthenticationPrincipal @Nullable AccountUser user,
            Locale locale) {
        sectors.choose(new EventId(id), choice.codes(), signedIn(user));
        return get(id, user, locale);
    }

    @PostMapping
    @Operation(
            summary = "Add a custom sector: name in vi/zh/en (at least one), optional HS chapters (organisers;"
                    + " 400 on a missing name or unknown chapter)")
    ResponseEntity<SectorJson> add(
            @PathVariable long id,
            @Valid @RequestBody NewSector sector,
            @AuthenticationPrincipal @Nullable AccountUser user,
            Locale locale) {
        String code = sectors.addCustom(
                new EventId(id),
                sector.name().value(),
                sector.chapters() == null ? List.of() : sector.chapters(),
                signedIn(user));
        return ResponseEntity.created(URI.create("/api/v1/events/" + id + "/sectors/" + code))
                .body(one(id, code, user, locale));
    }

    @PutMapping("/{code}")
    @Operation(
            summary = "Rename a sector for this event (a default sector sent no name gets its taxonomy name back;"
                    + " organisers)")
    SectorJson rename(
            @PathVariable long id,
            @PathVariable String code,
            @Valid @RequestBody SectorName name,
            @AuthenticationPrincipal @Nullable AccountUser user,
            Locale locale) {
        sectors.rename(new EventId(id), code, name.name().value(), signedIn(user));
        return one(id, code, user, locale);
    }

    @DeleteMapping("/{code}")
    @Operation(summary = "Remove a custom sector (organisers; 409 while a trade room uses it)")
    ResponseEntity<Void> remove(
            @PathVariable long id, @PathVariable String code, @AuthenticationPrincipal @Nullable AccountUser user) {
        sectors.removeCustom(new EventId(id), code, signedIn(user));
        return ResponseEntity.noContent().build();
    }

    private SectorJson one(long id, String code, @Nullable AccountUser user, Locale locale) {
        Language reader = Language.of(locale);
        return sectors.find(new EventId(id), code, user)
                .map(s -> json(s, reader))
                .orElseThrow(() -> new NotFoundException("event.sector.error.not-found", code));
    }

    private SectorJson json(EventSector sector, Language reader) {
        return new SectorJson(
                sector.code(),
                sectors.name(sector, reader),
                sector.name() == null ? null : EventJson.Text.of(sector.name()),
                sector.hsCodes().stream().map(HsCode::digits).toList(),
                sector.custom());
    }

    private static AccountUser signedIn(@Nullable AccountUser user) {
        if (user == null) {
            throw new ForbiddenException("api.problem.forbidden");
        }
        return user;
    }
}
