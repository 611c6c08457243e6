package org.ketnoi.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ketnoi.catalog.CatalogFixtures;
import org.ketnoi.catalog.CatalogFixtures.Member;
import org.ketnoi.catalog.ListingId;
import org.ketnoi.catalog.ListingService;
import org.ketnoi.company.CompanyService;
import org.ketnoi.i18n.Language;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;

@IntegrationTest
@AutoConfigureMockMvc
class SearchWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    ListingService listings;

    @Autowired
    CompanyService companies;

    @Autowired
    ObjectMapper json;

    @Test
    void api_answersInTheDocumentedShape() throws Exception {
        Member member = fixtures.member("search-api", Language.VI);
        String word = SearchServiceTests.word();
        ListingId id = fixtures.published(member, "Cà phê " + word);
        String company = companies.find(member.company()).orElseThrow().name().in(Language.ZH);
        String companyVi = companies.find(member.company()).orElseThrow().name().in(Language.VI);
        String rest = " Cà phê nhân Robusta sàng 18, độ ẩm 12,5%. " + companyVi;
        await().atMost(SearchServiceTests.INDEXED)
                .untilAsserted(() -> assertThat(body("/api/v1/search?q=" + word + "&lang=zh"))
                        .contains("\"total\":1"));

        String body = body("/api/v1/search?q=" + word + "&lang=zh&kind=OFFER&country=VN");

        Map<String, Object> expected = Map.of(
                "total", 1,
                "hits",
                        List.of(Map.of(
                                "type",
                                "listing",
                                "id",
                                (int) id.value(),
                                "title",
                                "罗布斯塔生咖啡豆",
                                "company",
                                Map.of("id", (int) member.company().value(), "name", company, "country", "VN"),
                                "hsCodes",
                                List.of(Map.of("code", "0901.11", "name", hsName("090111"))),
                                "snippet",
                                Map.of(
                                        "text",
                                        "Cà phê " + word + rest,
                                        "parts",
                                        List.of(
                                                Map.of("text", "Cà phê ", "match", false),
                                                Map.of("text", word, "match", true),
                                                Map.of("text", rest, "match", false))))),
                "facets",
                        Map.of(
                                "kind", List.of(Map.of("value", "OFFER", "label", "供应（我们出售或供货）", "count", 1)),
                                "country", List.of(Map.of("value", "VN", "label", "越南", "count", 1)),
                                "province", List.of(),
                                "sector", List.of(Map.of("value", "coffee", "label", sector("coffee"), "count", 1)),
                                "chapter", List.of(Map.of("value", "09", "label", "09 " + hsName("09"), "count", 1)),
                                "certification",
                                        List.of(
                                                facetValue("VIETGAP", certification("vietgap")),
                                                facetValue(
                                                        "RAINFOREST_ALLIANCE", certification("rainforest_alliance"))),
                                "market", List.of()));
        assertThat(json.readValue(body, Map.class)).isEqualTo(expected);
    }

    @Test
    void api_malformedQueries_neverFail() throws Exception {
        for (String q : List.of("\"unclosed", "AND OR", "a:b[", "{}", "%22", "榴莲 AND (")) {
            mvc.perform(get("/api/v1/search").param("q", q).param("page", "x").param("kind", "NOPE"))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void page_rendersInChineseWithFacetsAndLinks() throws Exception {
        Member member = fixtures.member("search-page", Language.VI);
        String word = SearchServiceTests.word();
        ListingId id = fixtures.published(member, "Cà phê " + word);
        await().atMost(SearchServiceTests.INDEXED)
                .untilAsserted(
                        () -> assertThat(body("/api/v1/search?q=" + word)).contains("\"total\":1"));

        String page = mvc.perform(get("/search").param("q", word).param("lang", "zh-CN"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("<h1>搜索企业与供求信息</h1>")
                .contains("共 1 条结果")
                .contains("href=\"/listings/" + id.value() + "\">罗布斯塔生咖啡豆</a>")
                .contains("<legend>认证</legend>")
                .contains("name=\"kind\" value=\"OFFER\"");
    }

    @Test
    void page_htmxRequest_getsOnlyTheResults() throws Exception {
        String fragment = mvc.perform(get("/search").param("q", "a:b[").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(fragment).startsWith("<div id=\"search-results\"").doesNotContain("<html");
    }

    /** Both certifications have one listing; equal counts are ordered by label. */
    private static Map<String, Object> facetValue(String value, String label) {
        return Map.of("value", value, "label", label, "count", 1);
    }

    private String body(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Autowired
    org.ketnoi.taxonomy.HsNomenclature hs;

    @Autowired
    org.springframework.context.MessageSource messages;

    private String hsName(String code) {
        return hs.find(code).orElseThrow().name().in(Language.ZH);
    }

    private String sector(String code) {
        return messages.getMessage("taxonomy.sector." + code, null, Language.ZH.locale());
    }

    private String certification(String code) {
        return messages.getMessage("taxonomy.certification." + code + ".name", null, Language.ZH.locale());
    }
}
