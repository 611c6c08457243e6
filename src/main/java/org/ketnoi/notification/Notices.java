package org.ketnoi.notification;

import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.UserId;
import org.ketnoi.event.EventId;
import org.ketnoi.event.ParticipationService;
import org.ketnoi.i18n.Language;
import org.ketnoi.i18n.LocalizedText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The notification module's public API. A notice stores its message key and arguments, not text,
 * so the list shows it in the reader's current language and the mail in the recipient's.
 */
@Service
public class Notices {

    /** Where most users are: the zone of notices that belong to no event. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final TypeReference<List<Map<String, String>>> ARGUMENTS = new TypeReference<>() {};

    private final NoticeRepository notices;
    private final ParticipationService participations;
    private final MessageSource messages;
    private final JsonMapper json;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    Notices(
            NoticeRepository notices,
            ParticipationService participations,
            MessageSource messages,
            JsonMapper json,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.notices = notices;
        this.participations = participations;
        this.messages = messages;
        this.json = json;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Writes the notice and schedules its mail, unless a notice with its key exists: a listener that
     * runs again for the same event notifies nobody twice.
     *
     * @return whether the notice is new
     */
    @Transactional
    public boolean send(NewNotice notice) {
        if (notices.exists(notice.key())) {
            return false;
        }
        long id = notices.insert(
                notice,
                json.writeValueAsString(
                        notice.arguments().stream().map(Notices::asMap).toList()),
                clock.instant());
        publisher.publishEvent(new NoticeCreated(id));
        return true;
    }

    /**
     * The user's newest notices in the reader's language, each with the time zone its time is shown
     * in (see {@link Notice#zone()}).
     */
    @Transactional(readOnly = true)
    public List<Notice> recent(UserId user, Language language, int limit) {
        Map<EventId, String> zones = new HashMap<>();
        return notices.recent(user, limit).stream()
                .map(stored -> new Notice(
                        stored.id(),
                        text(stored, language),
                        stored.link(),
                        stored.createdAt(),
                        zone(stored.event(), user, zones),
                        stored.readAt()))
                .toList();
    }

    private String zone(@Nullable EventId event, UserId user, Map<EventId, String> known) {
        if (event == null) {
            return DEFAULT_ZONE.getId();
        }
        return known.computeIfAbsent(
                event,
                id -> participations.zoneFor(id, user).orElse(DEFAULT_ZONE).getId());
    }

    @Transactional(readOnly = true)
    public int unread(UserId user) {
        return notices.unread(user);
    }

    @Transactional
    public void markAllRead(UserId user) {
        notices.markAllRead(user, clock.instant());
    }

    private static Map<String, String> asMap(LocalizedText text) {
        Map<String, String> map = new HashMap<>();
        text.asMap().forEach((language, value) -> map.put(language.code(), value));
        return map;
    }

    String text(NoticeRepository.Stored stored, Language language) {
        Object[] arguments = json.readValue(stored.arguments(), ARGUMENTS).stream()
                .map(text -> new LocalizedText(text.get("vi"), text.get("zh"), text.get("en")).in(language))
                .toArray();
        Locale locale = language.locale();
        return messages.getMessage("notice." + stored.kind(), arguments, locale);
    }
}
