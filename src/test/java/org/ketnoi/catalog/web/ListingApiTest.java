package org.ketnoi.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.ketnoi.catalog.CatalogFixtures;
import org.ketnoi.catalog.ListingId;
import org.ketnoi.catalog.ListingService;
import org.ketnoi.catalog.ListingStatus;
import org.ketnoi.i18n.Language;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
@AutoConfigureMockMvc
class ListingApiTest {

    private static final String NEED = """
            {"kind": "NEED", "hsCodes": ["0901.11"],
             "title": {"zh": "%s", "en": "Robusta green coffee wanted"},
             "description": {"zh": "长期采购越南罗布斯塔咖啡生豆。"},
             "quantity": 1000, "unit": "TONNE", "minimumOrder": 19.2,
             "incoterm": "CIF", "incotermPlace": "Guangzhou",
             "priceMin": 30000, "priceMax": 32000.5, "currency": "CNY",
             "certifications": ["RAINFOREST_ALLIANCE"], "targetCountries": ["VN"],
             "validFrom": "2026-01-01", "validUntil": "2026-02-01"}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    ListingService listings;

    @Test
    void create_returns201WithLocationAndTheExactJson() throws Exception {
        CatalogFixtures.Member buyer = fixtures.member("buyer", Language.ZH);
        String title = CatalogFixtures.unique("求购咖啡");

        MvcResult result = mvc.perform(
                        post("/api/v1/companies/" + buyer.company().value() + "/listings")
                                .with(user(buyer.user()))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(NEED.formatted(title)))
                .andExpect(status().isCreated())
                .andReturn();
        String location = result.getResponse().getHeader("Location");
        long id = Long.parseLong(location.replace("/api/v1/listings/", ""));

        String expected = """
                {"id": %d, "companyId": %d, "kind": "NEED", "status": "DRAFT", "expired": true,
                 "hsCodes": ["090111"],
                 "title": {"vi": null, "zh": "%s", "en": "Robusta green coffee wanted"},
                 "description": {"vi": null, "zh": "长期采购越南罗布斯塔咖啡生豆。", "en": null},
                 "quantity": 1000.00, "unit": "TONNE", "minimumOrder": 19.20,
                 "incoterm": "CIF", "incotermPlace": "Guangzhou",
                 "priceMin": 30000.00, "priceMax": 32000.50, "currency": "CNY",
                 "certifications": ["RAINFOREST_ALLIANCE"], "targetCountries": ["VN"],
                 "validFrom": "2026-01-01", "validUntil": "2026-02-01"}
                """.formatted(id, buyer.company().value(), title);
        mvc.perform(get(location).with(user(buyer.user())))
                .andExpect(status().isOk())
                .andExpect(content().json(expected, JsonCompareMode.STRICT));
    }

    @Test
    void update_publish_withdraw_changeTheListing() throws Exception {
        CatalogFixtures.Member buyer = fixtures.member("buyer", Language.ZH);
        ListingId id = fixtures.draft(buyer, CatalogFixtures.unique("Cà phê"));
        String title = CatalogFixtures.unique("求购");

        mvc.perform(put("/api/v1/listings/" + id.value())
                        .with(user(buyer.user()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(NEED.formatted(title)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title.zh").value(title))
                .andExpect(jsonPath("$.kind").value("NEED"));
        mvc.perform(post("/api/v1/listings/" + id.value() + "/publish").with(user(buyer.user())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"));
        mvc.perform(post("/api/v1/listings/" + id.value() + "/publish")
                        .with(user(buyer.user()))
                        .param("lang", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("A listing cannot go from PUBLISHED to PUBLISHED."));
        mvc.perform(post("/api/v1/listings/" + id.value() + "/withdraw").with(user(buyer.user())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"));
        assertThat(listings.get(id, buyer.user()).status()).isEqualTo(ListingStatus.WITHDRAWN);
    }

    @Test
    void create_unknownHsCode_is400WithATranslatedFieldErrorAndStoresNothing() throws Exception {
        CatalogFixtures.Member buyer = fixtures.member("buyer", Language.ZH);

        mvc.perform(post("/api/v1/companies/" + buyer.company().value() + "/listings?lang=zh-CN")
                        .with(user(buyer.user()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"NEED\", \"hsCodes\": [\"0901.99.99\"], \"title\": {\"zh\": \"咖啡\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("hsCodes"))
                .andExpect(jsonPath("$.errors[0].message").value("0901.99.99不是HS品目、子目或8位税则号列。"));
        assertThat(listings.ofMyCompanies(buyer.user())).isEmpty();
    }

    @Test
    void get_draft_is404ForAnotherCompanysMember() throws Exception {
        CatalogFixtures.Member buyer = fixtures.member("buyer", Language.ZH);
        CatalogFixtures.Member other = fixtures.member("other", Language.VI);
        ListingId id = fixtures.draft(buyer, CatalogFixtures.unique("Nháp"));

        mvc.perform(get("/api/v1/listings/" + id.value())
                        .with(user(other.user()))
                        .param("lang", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("The listing does not exist."));
        mvc.perform(put("/api/v1/listings/" + id.value())
                        .with(user(other.user()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(NEED.formatted("偷改")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/listings/" + id.value() + "/publish").with(user(other.user())))
                .andExpect(status().isNotFound());
        assertThat(listings.get(id, buyer.user()).status()).isEqualTo(ListingStatus.DRAFT);
    }

    @Test
    void get_draft_isNotShownToAnonymousReaders() throws Exception {
        CatalogFixtures.Member buyer = fixtures.member("buyer", Language.ZH);
        String title = CatalogFixtures.unique("Nháp");
        ListingId id = fixtures.draft(buyer, title);

        MvcResult result = mvc.perform(get("/api/v1/listings/" + id.value())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(result.getResponse().getContentAsString()).doesNotContain(title);
    }

    @Test
    void ofCompany_showsDraftsOnlyToMembers() throws Exception {
        CatalogFixtures.Member buyer = fixtures.member("buyer", Language.ZH);
        CatalogFixtures.Member other = fixtures.member("other", Language.VI);
        ListingId draft = fixtures.draft(buyer, CatalogFixtures.unique("Nháp"));
        ListingId published = fixtures.published(buyer, CatalogFixtures.unique("Đăng"));
        String path = "/api/v1/companies/" + buyer.company().value() + "/listings";

        mvc.perform(get(path).with(user(other.user())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(published.value()))
                .andExpect(jsonPath("$[*].id").value(not(hasItem((int) draft.value()))));
        mvc.perform(get(path).with(user(buyer.user())))
                .andExpect(jsonPath("$[*].id")
                        .value(org.hamcrest.Matchers.contains((int) published.value(), (int) draft.value())));
    }

    @Test
    void create_forAnotherCompany_is403() throws Exception {
        CatalogFixtures.Member buyer = fixtures.member("buyer", Language.ZH);
        CatalogFixtures.Member other = fixtures.member("other", Language.VI);

        mvc.perform(post("/api/v1/companies/" + buyer.company().value() + "/listings")
                        .with(user(other.user()))
                        .param("lang", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(NEED.formatted("假")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Only representatives of the company may change its listings."))
                .andExpect(header().doesNotExist("Location"));
        assertThat(listings.ofMyCompanies(buyer.user())).isEmpty();
    }
}
