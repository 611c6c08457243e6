package org.ketnoi.event.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnoi.audit.AuditEntry;
import org.ketnoi.audit.AuditLog;
import org.ketnoi.event.EventFixtures;
import org.ketnoi.event.EventId;
import org.ketnoi.event.EventSector;
import org.ketnoi.event.EventSectorService;
import org.ketnoi.event.EventService;
import org.ketnoi.event.EventStatus;
import org.ketnoi.event.TradeRoom;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class EventCustomSectorWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EventFixtures fixtures;

    @Autowired
    EventService events;

    @Autowired
    EventSectorService sectors;

    @Autowired
    AuditLog audit;

    @Test
    void organiser_addsCustomSector_andRenamesDefault_shownInReadersLanguage() throws Exception {
        EventFixtures.Organiser organiser = fixtures.organiser();
        EventId id = fixtures.draft(organiser, EventFixtures.unique("Custom"));
        String page = "/manage/events/" + id.value();

        mvc.perform(post(page + "/sectors/custom?lang=vi")
                        .with(user(organiser.user()))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("nameVi", "Cà phê đặc sản Tây Nguyên")
                        .param("nameZh", "西原精品咖啡")
                        .param("nameEn", "Highland specialty coffee")
                        .param("chapters", "09, 21"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<section class=\"card\" id=\"sectors\">")))
                .andExpect(content().string(containsString("Cà phê đặc sản Tây Nguyên")))
                .andExpect(content().string(containsString("Chương HS: 09 21")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(post(page + "/sectors/rename")
                        .with(user(organiser.user()))
                        .with(csrf())
                        .param("code", "seafood")
                        .param("nameVi", "Thủy sản Cà Mau")
                        .param("nameZh", "金瓯水产"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(page + "?saved#sectors"));

        mvc.perform(get(page + "/sectors/rename?code=seafood&lang=vi")
                        .with(user(organiser.user()))
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "<option value=\"seafood\" selected=\"selected\">Thủy sản Cà Mau</option>")))
                .andExpect(
                        content().string(containsString("id=\"sector-rename-nameZh\" name=\"nameZh\" value=\"金瓯水产\"")));

        List<EventSector> own = sectors.eventSectors(id, organiser.user());
        EventSector custom = own.getLast();
        assertThat(custom.code()).isEqualTo("custom-1");
        assertThat(custom.custom()).isTrue();
        assertThat(custom.chapters()).isEqualTo("09 21");
        assertThat(own.stream()
                        .filter(s -> s.code().equals("seafood"))
                        .findFirst()
                        .orElseThrow()
                        .name())
                .isEqualTo(new LocalizedText("Thủy sản Cà Mau", "金瓯水产", null));
        assertThat(audit.forEvent(id.value(), 10))
                .extracting(AuditEntry::code)
                .startsWith("event.sector.renamed", "event.sector.added");

        mvc.perform(get(page + "?lang=en").with(user(organiser.user())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("<option value=\"custom-1\">Highland specialty coffee</option>")))
                .andExpect(content().string(containsString("<span>Thủy sản Cà Mau</span>")));
        mvc.perform(post(page + "/rooms")
                        .with(user(organiser.user()))
                        .with(csrf())
                        .param("point", String.valueOf(firstPoint(id, organiser)))
                        .param("sector", "custom-1")
                        .param("tables", "4"))
                .andExpect(status().is3xxRedirection());

        events.changeStatus(id, EventStatus.OPEN, organiser.user());
        mvc.perform(get("/events/" + id.value() + "?lang=zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<li>西原精品咖啡</li>")))
                .andExpect(content().string(containsString("<li>金瓯水产</li>")))
                .andExpect(content().string(containsString("(西原精品咖啡, ")))
                .andExpect(content().string(not(containsString("<li>水产品</li>"))));
        mvc.perform(get("/api/v1/events/" + id.value() + "/sectors?lang=en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'custom-1')].code").value("custom-1"))
                .andExpect(jsonPath("$[?(@.code == 'custom-1')].name").value("Highland specialty coffee"))
                .andExpect(jsonPath("$[?(@.code == 'custom-1')].names.zh").value("西原精品咖啡"))
                .andExpect(jsonPath("$[?(@.code == 'custom-1')].hsCodes[1]").value("21"))
                .andExpect(jsonPath("$[?(@.code == 'custom-1')].custom").value(true))
                .andExpect(jsonPath("$[?(@.code == 'seafood')].name").value("Thủy sản Cà Mau"))
                .andExpect(jsonPath("$[?(@.code == 'coffee')].name").value("Coffee"));
    }

    @Test
    void api_addsRenamesAndRemoves_andRefusesRemovingASectorInUse() throws Exception {
        EventFixtures.Organiser organiser = fixtures.organiser();
        EventId id = fixtures.draft(organiser, EventFixtures.unique("ApiSectors"));
        String base = "/api/v1/events/" + id.value() + "/sectors";

        mvc.perform(post(base + "?lang=en")
                        .with(user(organiser.user()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":{\"en\":\"Logistics\"}}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", base + "/custom-1"))
                .andExpect(jsonPath("$.code").value("custom-1"))
                .andExpect(jsonPath("$.name").value("Logistics"))
                .andExpect(jsonPath("$.hsCodes.length()").value(0));
        mvc.perform(put(base + "/custom-1?lang=vi")
                        .with(user(organiser.user()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":{\"vi\":\"Kho vận\",\"en\":\"Logistics\"}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Kho vận"));
        mvc.perform(put(base + "/coffee?lang=en")
                        .with(user(organiser.user()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":{\"en\":\"Robusta\"}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Robusta"));
        mvc.perform(put(base + "/coffee?lang=en")
                        .with(user(organiser.user()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":{}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Coffee"))
                .andExpect(jsonPath("$.names").doesNotExist());

        events.addTradeRoom(
                id,
                firstPoint(id, organiser),
                new TradeRoom(0, LocalizedText.of(org.ketnoi.i18n.Language.EN, "Docks"), "custom-1", 3),
                organiser.user());
        mvc.perform(delete(base + "/custom-1?lang=vi").with(user(organiser.user())))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(
                        jsonPath("$.detail")
                                .value(
                                        "Không thể xóa: 1 phòng giao thương đang dùng lĩnh vực này. Hãy xóa hoặc đổi các phòng đó trước."));
        mvc.perform(post("/manage/events/" + id.value() + "/sectors/custom-1/delete?lang=en")
                        .with(user(organiser.user()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cannot remove: 1 trade room(s) use this sector.")));
        assertThat(sectors.eventSectors(id, organiser.user()))
                .extracting(EventSector::code)
                .contains("custom-1");

        long room = events.get(id, organiser.user())
                .connectionPoints()
                .getFirst()
                .tradeRooms()
                .getLast()
                .id();
        events.removeTradeRoom(id, room, organiser.user());
        mvc.perform(delete(base + "/custom-1").with(user(organiser.user()))).andExpect(status().isNoContent());
        assertThat(sectors.eventSectors(id, organiser.user()))
                .extracting(EventSector::code)
                .doesNotContain("custom-1");
        assertThat(audit.forEvent(id.value(), 1)).extracting(AuditEntry::code).containsExactly("event.sector.removed");
    }

    @Test
    void invalidCustomSector_isRejectedInTheReadersLanguage_andNothingIsStored() throws Exception {
        EventFixtures.Organiser organiser = fixtures.organiser();
        EventId id = fixtures.draft(organiser, EventFixtures.unique("BadSector"));
        String page = "/manage/events/" + id.value();

        mvc.perform(post(page + "/sectors/custom?lang=vi")
                        .with(user(organiser.user()))
                        .with(csrf())
                        .param("chapters", "09"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập tên lĩnh vực bằng ít nhất một ngôn ngữ.")));
        mvc.perform(post(page + "/sectors/custom?lang=en")
                        .with(user(organiser.user()))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("nameEn", "Pearls")
                        .param("chapters", "71 77"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Unknown HS chapter: 77.")))
                .andExpect(content().string(containsString("value=\"Pearls\"")));
        mvc.perform(post("/api/v1/events/" + id.value() + "/sectors?lang=zh-CN")
                        .with(user(organiser.user()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":{\"zh\":\"咖啡\"},\"chapters\":[\"0901\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("chapters"))
                .andExpect(jsonPath("$.errors[0].message").value("HS章不存在：0901。请填写两位数章号，例如09。"));
        mvc.perform(put("/api/v1/events/" + id.value() + "/sectors/custom-9?lang=en")
                        .with(user(organiser.user()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":{\"en\":\"Ghost\"}}"))
                .andExpect(status().isNotFound());

        assertThat(sectors.eventSectors(id, organiser.user())).noneMatch(EventSector::custom);
        assertThat(audit.forEvent(id.value(), 10)).extracting(AuditEntry::code).doesNotContain("event.sector.added");
    }

    @Test
    void otherOrganisers_cannotChangeSectors_andCustomSectorsStayInTheirEvent() throws Exception {
        EventFixtures.Organiser organiser = fixtures.organiser();
        EventId id = fixtures.draft(organiser, EventFixtures.unique("Mine"));
        EventId neighbour = fixtures.draft(organiser, EventFixtures.unique("Neighbour"));
        sectors.addCustom(
                id, LocalizedText.of(org.ketnoi.i18n.Language.EN, "Secret sector"), List.of(), organiser.user());
        EventFixtures.Organiser other = fixtures.organiser();

        mvc.perform(post("/manage/events/" + id.value() + "/sectors/custom")
                        .with(user(other.user()))
                        .with(csrf())
                        .param("nameEn", "Intruder"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/events/" + id.value() + "/sectors").with(user(other.user())))
                .andExpect(status().isNotFound());
        events.changeStatus(id, EventStatus.OPEN, organiser.user());
        mvc.perform(post("/api/v1/events/" + id.value() + "/sectors")
                        .with(user(other.user()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":{\"en\":\"Intruder\"}}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/events/" + id.value() + "/sectors/custom-1")
                        .with(user(other.user()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":{\"en\":\"Renamed\"}}"))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/events/" + id.value() + "/sectors/custom-1").with(user(other.user())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/events/" + id.value() + "/sectors")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":{\"en\":\"Anonymous\"}}"))
                .andExpect(status().isUnauthorized());

        assertThat(sectors.eventSectors(id, organiser.user()))
                .filteredOn(EventSector::custom)
                .extracting(s -> s.name().in(org.ketnoi.i18n.Language.EN))
                .containsExactly("Secret sector");
        assertThat(sectors.eventSectors(neighbour, organiser.user())).noneMatch(EventSector::custom);
        mvc.perform(get("/manage/events/" + neighbour.value()).with(user(organiser.user())))
                .andExpect(content().string(not(containsString("Secret sector"))));
    }

    @Test
    void tradeRoom_withASectorOutsideTheEvent_isRefusedOnFormAndApi_andNothingIsStored() throws Exception {
        EventFixtures.Organiser organiser = fixtures.organiser();
        EventId id = fixtures.draft(organiser, EventFixtures.unique("Rooms"));
        sectors.choose(id, List.of("coffee", "textiles_garments"), organiser.user());
        int before = rooms(id, organiser);

        mvc.perform(post("/manage/events/" + id.value() + "/rooms?lang=vi")
                        .with(user(organiser.user()))
                        .with(csrf())
                        .param("point", String.valueOf(firstPoint(id, organiser)))
                        .param("sector", "seafood")
                        .param("tables", "4"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Lĩnh vực seafood không thuộc danh sách lĩnh vực của sự kiện.")));
        String body = """
                {"title": {"vi": "Đổi tên"}, "kind": "HYBRID_TRADE_CONFERENCE",
                 "startDate": "2027-05-20", "endDate": "2027-05-21", "organizers": [%d],
                 "connectionPoints": [
                   {"name": {"zh": "杭州"}, "city": "Hàng Châu", "country": "CN", "timeZone": "Asia/Shanghai",
                    "mode": "IN_PERSON",
                    "tradeRooms": [{"name": {"en": "Coffee"}, "sector": "coffee", "tables": 6},
                                   {"name": {"en": "Other"}, "sector": "%s", "tables": 6}]}]}
                """;
        mvc.perform(put("/api/v1/events/" + id.value() + "?lang=en")
                        .with(user(organiser.user()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(organiser.agency().value(), "Anything at all")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("connectionPoints[0].tradeRooms[1].sector"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Sector Anything at all is not one of the event's sectors."));

        assertThat(rooms(id, organiser)).isEqualTo(before);
        assertThat(events.get(id, organiser.user()).connectionPoints().get(1).tradeRooms())
                .extracting(TradeRoom::sector)
                .containsExactly("textiles_garments");
        assertThat(events.get(id, organiser.user()).details().title().in(org.ketnoi.i18n.Language.VI))
                .startsWith("Rooms");
        mvc.perform(put("/api/v1/events/" + id.value())
                        .with(user(organiser.user()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(organiser.agency().value(), "textiles_garments")))
                .andExpect(status().isOk());
    }

    private long firstPoint(EventId id, EventFixtures.Organiser organiser) {
        return events.get(id, organiser.user()).connectionPoints().getFirst().id();
    }

    private int rooms(EventId id, EventFixtures.Organiser organiser) {
        return events.get(id, organiser.user()).connectionPoints().stream()
                .mapToInt(p -> p.tradeRooms().size())
                .sum();
    }
}
