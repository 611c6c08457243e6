package org.ketnoi.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnoi.catalog.CatalogFixtures;
import org.ketnoi.catalog.Listing;
import org.ketnoi.catalog.ListingDetails;
import org.ketnoi.catalog.ListingId;
import org.ketnoi.catalog.ListingKind;
import org.ketnoi.catalog.ListingService;
import org.ketnoi.catalog.ListingStatus;
import org.ketnoi.i18n.Language;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.support.IntegrationTest;
import org.ketnoi.support.SignIn;
import org.ketnoi.taxonomy.Certification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
@AutoConfigureMockMvc
class ListingPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    ListingService listings;

    @Test
    void myListings_showsTheOwnCompanysListingsWithStatusButNoOthers() throws Exception {
        CatalogFixtures.Member seller = fixtures.member("seller", Language.VI);
        CatalogFixtures.Member other = fixtures.member("other", Language.VI);
        String draft = CatalogFixtures.unique("Nháp");
        String published = CatalogFixtures.unique("Đã đăng");
        String foreign = CatalogFixtures.unique("Của người khác");
        fixtures.draft(seller, draft);
        fixtures.published(seller, published);
        fixtures.draft(other, foreign);
        MockHttpSession session = SignIn.as(mvc, seller.email(), SignIn.PASSWORD);

        mvc.perform(get("/my/listings?lang=vi").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(draft)))
                .andExpect(content().string(containsString(published)))
                .andExpect(content().string(containsString("Bản nháp")))
                .andExpect(content().string(containsString("Đã đăng")))
                .andExpect(content().string(containsString("0901.11")))
                .andExpect(content().string(not(containsString(foreign))));
    }

    @Test
    void createForm_formPost_storesADraftAndRedirectsToIt() throws Exception {
        CatalogFixtures.Member seller = fixtures.member("seller", Language.VI);
        String title = CatalogFixtures.unique("Sầu riêng Ri6");

        mvc.perform(get("/companies/" + seller.company().value() + "/listings/new")
                        .with(user(seller.user())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"listing-form\"")));
        MvcResult result = mvc.perform(post("/companies/" + seller.company().value() + "/listings")
                        .with(user(seller.user()))
                        .with(csrf())
                        .param("kind", "OFFER")
                        .param("hsCodes", "0810.60, 08106000")
                        .param("titleVi", title)
                        .param("quantity", "40")
                        .param("unit", "TONNE")
                        .param("incoterm", "DAP")
                        .param("incotermPlace", "Bằng Tường")
                        .param("priceMin", "120000")
                        .param("currency", "VND")
                        .param("certifications", "VIETGAP", "PLANT_QUARANTINE_CODE")
                        .param("targetCountries", "cn"))
                .andExpect(status().is3xxRedirection())
                .andReturn();

        long id = Long.parseLong(result.getResponse()
                .getRedirectedUrl()
                .replace("/listings/", "")
                .replace("?saved", ""));
        Listing listing = listings.get(new ListingId(id), seller.user());
        assertThat(listing.status()).isEqualTo(ListingStatus.DRAFT);
        assertThat(listing.details().hsCodes()).containsExactly("081060", "08106000");
        assertThat(listing.details().certifications())
                .containsExactly(Certification.VIETGAP, Certification.PLANT_QUARANTINE_CODE);
        assertThat(listing.details().targetCountries()).containsExactly("CN");
    }

    @Test
    void create_unknownHsCode_showsTheTranslatedErrorAndStoresNothing() throws Exception {
        CatalogFixtures.Member seller = fixtures.member("seller", Language.EN);

        mvc.perform(post("/companies/" + seller.company().value() + "/listings?lang=en")
                        .with(user(seller.user()))
                        .with(csrf())
                        .param("kind", "NEED")
                        .param("hsCodes", "0901.11, 1234.56")
                        .param("titleEn", "Coffee"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("1234.56 is not an HS heading, subheading or national tariff line.")));
        assertThat(listings.ofMyCompanies(seller.user())).isEmpty();
    }

    @Test
    void create_forAnotherCompany_isForbidden() throws Exception {
        CatalogFixtures.Member seller = fixtures.member("seller", Language.VI);
        CatalogFixtures.Member other = fixtures.member("other", Language.VI);

        mvc.perform(get("/companies/" + seller.company().value() + "/listings/new")
                        .with(user(other.user())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/companies/" + seller.company().value() + "/listings")
                        .with(user(other.user()))
                        .with(csrf())
                        .param("kind", "OFFER")
                        .param("titleVi", "Giả"))
                .andExpect(status().isForbidden());
        assertThat(listings.ofMyCompanies(seller.user())).isEmpty();
    }

    @Test
    void editPublishWithdraw_throughThePages() throws Exception {
        CatalogFixtures.Member seller = fixtures.member("seller", Language.VI);
        ListingId id = fixtures.draft(seller, CatalogFixtures.unique("Cà phê"));
        String changed = CatalogFixtures.unique("Hồ tiêu đen");

        mvc.perform(get("/listings/" + id.value() + "/edit").with(user(seller.user())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"0901.11\"")));
        mvc.perform(post("/listings/" + id.value())
                        .with(user(seller.user()))
                        .with(csrf())
                        .param("kind", "OFFER")
                        .param("hsCodes", "0904.11")
                        .param("titleVi", changed))
                .andExpect(redirectedUrl("/listings/" + id.value() + "?saved"));
        mvc.perform(post("/listings/" + id.value() + "/publish")
                        .with(user(seller.user()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/listings/" + id.value()));
        assertThat(listings.get(id, null).status()).isEqualTo(ListingStatus.PUBLISHED);
        assertThat(listings.get(id, null).details().hsCodes()).containsExactly("090411");
        mvc.perform(post("/listings/" + id.value() + "/withdraw")
                        .with(user(seller.user()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/listings/" + id.value()));
        assertThat(listings.get(id, seller.user()).status()).isEqualTo(ListingStatus.WITHDRAWN);
    }

    @Test
    void publish_incompleteDraft_showsTheReasonWith409() throws Exception {
        CatalogFixtures.Member seller = fixtures.member("seller", Language.EN);
        ListingId id = listings.create(
                seller.company(),
                ListingDetails.minimal(
                        ListingKind.TECHNOLOGY, LocalizedText.of(Language.EN, "Drying"), List.of("8419")),
                seller.user());

        mvc.perform(post("/listings/" + id.value() + "/publish?lang=en")
                        .with(user(seller.user()))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content()
                        .string(containsString(
                                "Investment and technology listings need a description before publishing.")));
        assertThat(listings.get(id, seller.user()).status()).isEqualTo(ListingStatus.DRAFT);
    }

    @Test
    void show_draft_isNotFoundForAnotherCompanysMember() throws Exception {
        CatalogFixtures.Member seller = fixtures.member("seller", Language.VI);
        CatalogFixtures.Member other = fixtures.member("other", Language.ZH);
        String title = CatalogFixtures.unique("Bí mật");
        ListingId id = fixtures.draft(seller, title);

        mvc.perform(get("/listings/" + id.value()).with(user(other.user())))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(title))));
        mvc.perform(get("/listings/" + id.value() + "/edit").with(user(other.user())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/listings/" + id.value() + "/publish")
                        .with(user(other.user()))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(listings.get(id, seller.user()).status()).isEqualTo(ListingStatus.DRAFT);
    }

    @Test
    void show_draft_isNotShownToAnonymousReaders() throws Exception {
        CatalogFixtures.Member seller = fixtures.member("seller", Language.VI);
        String title = CatalogFixtures.unique("Bí mật");
        ListingId id = fixtures.draft(seller, title);

        MvcResult result = mvc.perform(get("/listings/" + id.value())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(result.getResponse().getContentAsString()).doesNotContain(title);
    }

    @Test
    void show_published_isReadableWithoutSigningIn() throws Exception {
        CatalogFixtures.Member seller = fixtures.member("open", Language.VI);
        String title = CatalogFixtures.unique("Cà phê nhân");
        ListingId id = fixtures.published(seller, title);

        MvcResult result = mvc.perform(get("/listings/" + id.value())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).contains(title);
    }

    @Test
    void show_inChinese_showsChineseTextsHsNamesAndMoney() throws Exception {
        CatalogFixtures.Member seller = fixtures.member("seller", Language.VI);
        CatalogFixtures.Member reader = fixtures.member("reader", Language.ZH);
        ListingId id = fixtures.published(seller, CatalogFixtures.unique("Cà phê"));

        mvc.perform(get("/listings/" + id.value() + "?lang=zh-CN").with(user(reader.user())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1 id=\"listing-title\">罗布斯塔生咖啡豆</h1>")))
                .andExpect(content().string(containsString("供应（我们出售或供货）")))
                .andExpect(content().string(containsString("FOB – 船上交货 · Hải Phòng")))
                .andExpect(content().string(containsString("US$4,350.00")))
                .andExpect(content().string(containsString("US$4,600.00")))
                .andExpect(content().string(containsString("每吨")))
                .andExpect(content().string(containsString("未焙炒")))
                .andExpect(content().string(not(containsString("id=\"edit-listing\""))));
    }

    @Test
    void show_moneyIsWrittenTheReadersWay() throws Exception {
        CatalogFixtures.Member seller = fixtures.member("seller", Language.VI);
        ListingId id = fixtures.published(seller, CatalogFixtures.unique("Cà phê"));

        mvc.perform(get("/listings/" + id.value() + "?lang=vi").with(user(seller.user())))
                .andExpect(content().string(containsString("4.350,00\u00a0US$")))
                .andExpect(content().string(containsString("19,2 tấn")))
                .andExpect(content().string(containsString("id=\"withdraw-listing\"")));
        mvc.perform(get("/listings/" + id.value() + "?lang=en").with(user(seller.user())))
                .andExpect(content().string(containsString("$4,350.00")))
                .andExpect(content().string(containsString("Robusta green coffee beans")));
    }

    @Test
    void show_expiredListing_isStillShownMarkedExpired() throws Exception {
        CatalogFixtures.Member seller = fixtures.member("seller", Language.VI);
        String title = CatalogFixtures.unique("Tiêu vụ cũ");
        ListingId id = listings.create(seller.company(), CatalogFixtures.expiredOffer(title), seller.user());
        listings.publish(id, seller.user());

        mvc.perform(get("/listings/" + id.value() + "?lang=vi").with(user(seller.user())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("<span class=\"badge listing-expired\">Hết hạn</span>")));
    }

    @Test
    void companyListings_showPublishedOnesToEveryoneAndDraftsToMembers() throws Exception {
        CatalogFixtures.Member seller = fixtures.member("shop", Language.VI);
        String published = CatalogFixtures.unique("Hạt tiêu đen");
        String draft = CatalogFixtures.unique("Nháp riêng");
        fixtures.published(seller, published);
        fixtures.draft(seller, draft);
        String path = "/companies/" + seller.company().value() + "/listings";

        String anonymous = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
        assertThat(anonymous).contains(published).doesNotContain(draft).contains("<html");

        String fragment = mvc.perform(get(path).header("HX-Request", "true").with(user(seller.user())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment).contains(published).contains(draft).doesNotContain("<html");
    }

    @Test
    void companyListings_ofAnUnknownCompany_isNotFound() throws Exception {
        assertThat(mvc.perform(get("/companies/-7/listings"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void listingForm_offersHsSuggestionsThatAddToTheCodes() throws Exception {
        CatalogFixtures.Member seller = fixtures.member("form", Language.VI);

        String page = mvc.perform(get("/companies/" + seller.company().value() + "/listings/new")
                        .with(user(seller.user())))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("hx-get=\"/hs/classify\"")
                .contains("hx-target=\"#hsCodes-suggestions\"")
                .containsPattern("id=\"hsCodes\"[^>]*data-hs-code-field[^>]*data-hs-multiple");
    }
}
