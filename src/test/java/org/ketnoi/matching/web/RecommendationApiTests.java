package org.ketnoi.matching.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketnoi.audit.AuditLog;
import org.ketnoi.catalog.ListingKind;
import org.ketnoi.catalog.ListingService;
import org.ketnoi.event.InterpreterDetails;
import org.ketnoi.event.InterpreterService;
import org.ketnoi.event.LanguagePair;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.event.ParticipationFixtures;
import org.ketnoi.i18n.Language;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.matching.MatchingFixtures;
import org.ketnoi.matching.MatchingFixtures.Party;
import org.ketnoi.support.IntegrationTest;
import org.ketnoi.taxonomy.Certification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
@AutoConfigureMockMvc
class RecommendationApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MatchingFixtures fixtures;

    @Autowired
    ListingService listings;

    @Autowired
    AuditLog audit;

    @Autowired
    InterpreterService interpreters;

    private final JsonMapper json = JsonMapper.builder().build();

    ParticipationFixtures.OpenEvent event;
    Party seller;
    Party buyer;
    Party machines;
    Party vietnameseBuyer;

    @BeforeEach
    void setUp() {
        event = fixtures.event();
        seller = fixtures.party(
                event,
                "VN",
                ParticipantRole.SELLER,
                Set.of(Language.VI),
                true,
                MatchingFixtures.listing(
                        ListingKind.OFFER,
                        "0901.11",
                        LocalizedText.of(Language.VI, "Cà phê nhân Robusta sàng 18"),
                        Certification.VIETGAP));
        buyer = fixtures.party(
                event,
                "CN",
                ParticipantRole.BUYER,
                Set.of(Language.ZH),
                true,
                MatchingFixtures.listing(
                        ListingKind.NEED,
                        "0901.11",
                        LocalizedText.of(Language.ZH, "求购罗布斯塔咖啡生豆"),
                        Certification.VIETGAP));
        machines = fixtures.party(
                event,
                "VN",
                ParticipantRole.SELLER,
                Set.of(Language.VI),
                true,
                MatchingFixtures.listing(
                        ListingKind.OFFER, "8516.71", LocalizedText.of(Language.VI, "Máy pha cà phê tự động")));
        vietnameseBuyer = fixtures.party(
                event,
                "VN",
                ParticipantRole.BUYER,
                Set.of(Language.VI),
                true,
                MatchingFixtures.listing(
                        ListingKind.NEED, "0901", LocalizedText.of(Language.VI, "Thu mua cà phê nhân")));
    }

    private String url(Party party) {
        return "/api/v1/events/" + event.id().value() + "/participants/"
                + party.participation().value() + "/recommendations";
    }

    @Test
    void seller_seesTheBuyerFirst_withReasonsInTheRequestLanguage() throws Exception {
        mvc.perform(get(url(seller)).param("lang", "zh-CN").with(user(seller.owner())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].partner.participationId")
                        .value(buyer.participation().value()))
                .andExpect(
                        jsonPath("$[0].partner.companyId").value(buyer.company().value()))
                .andExpect(jsonPath("$[0].partner.name").value(buyer.name() + " 中文"))
                .andExpect(jsonPath("$[0].partner.country").value("CN"))
                .andExpect(jsonPath("$[0].partner.role").value("BUYER"))
                .andExpect(jsonPath("$[0].reasons[0].code").value("they-buy-you-sell"))
                .andExpect(jsonPath("$[0].reasons[0].text", containsString("对方采购 0901.11")))
                .andExpect(jsonPath("$[0].reasons[0].text", containsString("“Cà phê nhân Robusta sàng 18”")))
                .andExpect(jsonPath("$[0].reasons[*].text", hasItem("对方要求 VietGAP 越南良好农业规范 — 您已具备")))
                .andExpect(jsonPath("$[0].reasons[*].text", hasItem("没有共同语言：需要越南语–中文翻译")))
                .andExpect(jsonPath("$[1].partner.participationId")
                        .value(vietnameseBuyer.participation().value()));
    }

    @Test
    void buyer_neverSeesTheCoffeeMachineDecoy_andReadsEnglish() throws Exception {
        mvc.perform(get(url(buyer)).param("lang", "en").param("limit", "5").with(user(buyer.owner())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].partner.participationId")
                        .value(seller.participation().value()))
                .andExpect(jsonPath("$[0].reasons[0].text", containsString("They sell “Cà phê nhân Robusta sàng 18”")))
                .andExpect(jsonPath("$[0].reasons[*].text", hasItem("You require VietGAP — they have it")));
    }

    @Test
    void anotherParticipant_cannotReadSomeoneElsesList() throws Exception {
        mvc.perform(get(url(seller)).with(user(buyer.owner())))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void pendingParticipant_getsNoRecommendations() throws Exception {
        Party pending = fixtures.party(
                event,
                "CN",
                ParticipantRole.BUYER,
                Set.of(Language.ZH),
                false,
                MatchingFixtures.listing(ListingKind.NEED, "0901.11", LocalizedText.of(Language.ZH, "咖啡生豆")));
        mvc.perform(get(url(pending)).with(user(pending.owner()))).andExpect(status().isForbidden());
        // …and is never recommended to others.
        mvc.perform(get(url(seller)).with(user(seller.owner())))
                .andExpect(jsonPath("$[*].partner.participationId", org.hamcrest.Matchers.not(hasItem((int)
                        pending.participation().value()))));
    }

    @Test
    void organiser_readsAnyParticipantsList_butNotAcrossEvents() throws Exception {
        mvc.perform(get(url(buyer)).with(user(event.organiser().user())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].partner.participationId")
                        .value(seller.participation().value()));

        ParticipationFixtures.OpenEvent other = fixtures.event();
        String leak = "/api/v1/events/" + other.id().value() + "/participants/"
                + seller.participation().value() + "/recommendations";
        mvc.perform(get(leak).with(user(other.organiser().user()))).andExpect(status().isNotFound());
        mvc.perform(get(leak).with(user(seller.owner()))).andExpect(status().isForbidden());
    }

    @Test
    void limitOutOfRange_isATranslatedBadRequest() throws Exception {
        mvc.perform(get(url(seller)).param("limit", "0").param("lang", "vi").with(user(seller.owner())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("limit"))
                .andExpect(jsonPath("$.errors[0].message").value("Giới hạn phải từ 1 đến 20."));
    }

    @Test
    void interpreterAtTheirPoint_turnsTheNeededInterpreterIntoAnAvailableOne_untilRemoved() throws Exception {
        String needed = "No common language: a Vietnamese–Chinese interpreter is needed";
        String available = "No common language, but a Vietnamese–Chinese interpreter is available at the event";
        JsonNode before = firstOf(seller);
        assertThat(reasonTexts(before)).contains(needed);

        long interpreter = interpreters.add(
                event.id(),
                new InterpreterDetails(
                        "Lê Thu Hà", null, null, event.point(1), Set.of(LanguagePair.of(Language.VI, Language.ZH))),
                event.organiser().user());

        JsonNode after = waitFor(seller, available);
        assertThat(reasonTexts(after)).contains(available).doesNotContain(needed);
        assertThat(after.get("score").asDouble())
                .isGreaterThan(before.get("score").asDouble());

        interpreters.remove(event.id(), interpreter, event.organiser().user());

        assertThat(reasonTexts(waitFor(seller, needed))).contains(needed);
    }

    private JsonNode firstOf(Party party) throws Exception {
        String body = mvc.perform(get(url(party)).param("lang", "en").with(user(party.owner())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(body).get(0);
    }

    /** Recommendations are recomputed after the interpreter change commits, asynchronously. */
    private JsonNode waitFor(Party party, String reason) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        JsonNode first = firstOf(party);
        while (!reasonTexts(first).contains(reason) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            first = firstOf(party);
        }
        return first;
    }

    private static List<String> reasonTexts(JsonNode recommendation) {
        List<String> texts = new ArrayList<>();
        recommendation
                .get("reasons")
                .forEach(reason -> texts.add(reason.get("text").asString()));
        return texts;
    }

    @Test
    void withdrawnListing_dropsThePartnerFromTheList() throws Exception {
        mvc.perform(get(url(buyer)).with(user(buyer.owner()))).andExpect(jsonPath("$", hasSize(1)));
        var offer = listings.ofCompany(seller.company(), seller.owner()).getFirst();

        listings.withdraw(offer.id(), seller.owner());

        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        String body;
        do {
            Thread.sleep(100);
            body = mvc.perform(get(url(buyer)).with(user(buyer.owner())))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
        } while (!body.equals("[]") && Instant.now().isBefore(deadline));
        assertThat(body).isEqualTo("[]");
    }

    @Test
    void vietnamChinaRule_removesVietnamesePairs_andIsAudited() throws Exception {
        mvc.perform(post("/manage/events/" + event.id().value() + "/matches/settings")
                        .param("vietnamChinaOnly", "true")
                        .with(user(event.organiser().user()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(url(seller)).with(user(seller.owner())))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].partner.participationId")
                        .value(buyer.participation().value()));
        assertThat(audit.forEvent(event.id().value(), 5))
                .anySatisfy(entry -> assertThat(entry.code()).isEqualTo("match.settings.updated"));
    }

    @Test
    void participant_cannotChangeRulesOrSeeTheOverview() throws Exception {
        mvc.perform(get("/manage/events/" + event.id().value() + "/matches").with(user(seller.owner())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/manage/events/" + event.id().value() + "/matches/settings")
                        .param("buyerSellerOnly", "true")
                        .with(user(seller.owner()))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void overview_showsWhoIsWellMatchedAndWhyOthersAreNot() throws Exception {
        mvc.perform(get("/manage/events/" + event.id().value() + "/matches")
                        .param("lang", "en")
                        .with(user(event.organiser().user())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(seller.name() + " en")))
                .andExpect(content().string(containsString("Nobody at this event offers or needs the same products.")))
                .andExpect(content()
                        .string(containsString(
                                "value=\"" + seller.participation().value() + "-"
                                        + buyer.participation().value() + "\"")));
    }

    @Test
    void organiserProposal_reachesBothSides_andThePairLeavesTheRecommendations() throws Exception {
        mvc.perform(post("/api/v1/events/" + event.id().value() + "/matches/proposals")
                        .with(user(event.organiser().user()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pairs\": [[%d, %d], [%d, %d]], \"message\": \"Gặp nhau lúc 9 giờ\"}"
                                .formatted(
                                        seller.participation().value(),
                                                buyer.participation().value(),
                                        buyer.participation().value(),
                                                seller.participation().value())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.proposed").value(1))
                .andExpect(jsonPath("$.skipped").value(1));

        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        String body;
        do {
            Thread.sleep(100);
            body = mvc.perform(get(url(buyer)).with(user(buyer.owner())))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
        } while (!body.equals("[]") && Instant.now().isBefore(deadline));
        assertThat(body).isEqualTo("[]");
        assertThat(audit.forEvent(event.id().value(), 10))
                .extracting(org.ketnoi.audit.AuditEntry::code)
                .contains("match.proposals.sent", "meeting.request.proposed");
    }

    @Test
    void overviewForm_proposesTheTickedPairs_andReportsTheOutcome() throws Exception {
        mvc.perform(post("/manage/events/" + event.id().value() + "/matches/proposals")
                        .param(
                                "pair",
                                seller.participation().value() + "-"
                                        + buyer.participation().value())
                        .param("message", "")
                        .param("lang", "en")
                        .with(user(event.organiser().user()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(
                        org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                                .attribute(
                                        "proposalResult",
                                        "Meetings proposed: 1; skipped: 0 (already requested, declined or met, or no longer approved)."));
        mvc.perform(post("/manage/events/" + event.id().value() + "/matches/proposals")
                        .param("pair", "12-x")
                        .param("lang", "en")
                        .with(user(event.organiser().user()))
                        .with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("proposalError", "A pair must name two different participants of the event."));
    }

    @Test
    void proposalWithoutPairs_isRefused_byAParticipantToo() throws Exception {
        mvc.perform(post("/api/v1/events/" + event.id().value() + "/matches/proposals")
                        .with(user(event.organiser().user()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pairs\": []}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("pairs"));
        mvc.perform(post("/api/v1/events/" + event.id().value() + "/matches/proposals")
                        .with(user(seller.owner()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pairs\": [[%d, %d]]}"
                                .formatted(
                                        seller.participation().value(),
                                        buyer.participation().value())))
                .andExpect(status().isForbidden());
    }
}
