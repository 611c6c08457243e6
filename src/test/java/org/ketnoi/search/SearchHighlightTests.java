package org.ketnoi.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.ketnoi.catalog.CatalogFixtures;
import org.ketnoi.catalog.CatalogFixtures.Member;
import org.ketnoi.catalog.ListingDetails;
import org.ketnoi.catalog.ListingId;
import org.ketnoi.catalog.ListingKind;
import org.ketnoi.catalog.ListingService;
import org.ketnoi.i18n.Language;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.search.SearchResults.SearchHit;
import org.ketnoi.search.SearchResults.Snippet;
import org.ketnoi.search.SearchResults.SnippetPart;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class SearchHighlightTests {

    @Autowired
    SearchService search;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    ListingService listings;

    @Autowired
    MockMvc mvc;

    @Test
    void vietnameseWithAndWithoutTones_marksTheWordsAsWritten() {
        Member member = fixtures.member("hl-vi", Language.VI);
        String word = SearchServiceTests.word();
        String toned = SearchServiceTests.withTones(word);
        ListingId id = publish(member, LocalizedText.of(Language.VI, "Cà phê rang xay " + toned));

        await().atMost(SearchServiceTests.INDEXED)
                .untilAsserted(
                        () -> assertThat(hit("ca phe " + word, Language.VI, id)).isNotNull());

        Snippet plain = hit("ca phe " + word, Language.VI, id).snippet();
        assertThat(plain.text()).startsWith("Cà phê rang xay " + toned);
        assertThat(marked(plain)).containsExactly("Cà", "phê", toned);
        assertThat(marked(hit("Cà Phê " + toned, Language.VI, id).snippet())).containsExactly("Cà", "phê", toned);
    }

    @Test
    void chinese_marksSegmentedWordsAndPartsOfLongerWords() {
        Member member = fixtures.member("hl-zh", Language.ZH);
        StringBuilder rest = new StringBuilder();
        ThreadLocalRandom.current().ints(4, 0x4E00, 0x9FA5).forEach(rest::appendCodePoint);
        String title = "冻干榴莲" + rest;
        ListingId id = publish(member, LocalizedText.of(Language.ZH, title));

        await().atMost(SearchServiceTests.INDEXED)
                .untilAsserted(() -> assertThat(hit(title, Language.ZH, id)).isNotNull());

        Snippet snippet = hit("榴莲" + rest, Language.ZH, id).snippet();
        assertThat(snippet.text()).startsWith(title);
        assertThat(String.join("", marked(snippet))).contains("榴莲").contains(rest);
        assertThat(marked(hit(title, Language.ZH, id).snippet())).containsExactly(title);
    }

    @Test
    void english_marksStemmedForms() {
        Member member = fixtures.member("hl-en", Language.EN);
        String word = SearchServiceTests.word();
        ListingId id = publish(member, LocalizedText.of(Language.EN, "Roasted coffee beans " + word));

        await().atMost(SearchServiceTests.INDEXED)
                .untilAsserted(() -> assertThat(hit("roasting coffees " + word, Language.EN, id))
                        .isNotNull());

        Snippet snippet = hit("roasting coffees " + word, Language.EN, id).snippet();
        assertThat(marked(snippet)).containsExactly("Roasted", "coffee", word);
        assertThat(snippet.parts().get(1)).isEqualTo(new SnippetPart(" ", false));
    }

    @Test
    void blankQueryAndHsCodeMatches_haveNoSnippet() {
        Member member = fixtures.member("hl-hs", Language.VI);
        String word = SearchServiceTests.word();
        ListingId id = publish(member, LocalizedText.of(Language.VI, "Tiêu đen " + word));
        await().atMost(SearchServiceTests.INDEXED)
                .untilAsserted(() -> assertThat(hit(word, Language.VI, id)).isNotNull());

        assertThat(search.search(SearchRequest.of("", Language.VI)).hits()).allMatch(hit -> hit.snippet() == null);
        assertThat(search.search(SearchRequest.of("0904.11", Language.VI)).hits())
                .filteredOn(hit -> hit.id() == id.value())
                .singleElement()
                .extracting(SearchHit::snippet)
                .isNull();
    }

    @Test
    void markupInATitle_staysTextOnThePage_andTheApiReturnsTheSnippet() throws Exception {
        Member member = fixtures.member("hl-xss", Language.VI);
        String word = SearchServiceTests.word();
        String title = "<script>alert(1)</script> <b>" + word + "</b>";
        ListingId id = publish(member, LocalizedText.of(Language.VI, title));
        await().atMost(SearchServiceTests.INDEXED)
                .untilAsserted(() -> assertThat(hit(word, Language.VI, id)).isNotNull());

        String page = mvc.perform(get("/search").param("q", word).param("lang", "vi"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains(
                        "<p class=\"search-snippet\"><span>&lt;script&gt;alert(1)&lt;/script&gt; &lt;b&gt;</span><mark>"
                                + word + "</mark><span>&lt;/b&gt;")
                .doesNotContain("<script>alert")
                .doesNotContain("<b>" + word);
        mvc.perform(get("/api/v1/search").param("q", word).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[0].id").value(id.value()))
                .andExpect(jsonPath("$.hits[0].snippet.text").value(org.hamcrest.Matchers.startsWith(title)))
                .andExpect(jsonPath("$.hits[0].snippet.parts[0].text").value("<script>alert(1)</script> <b>"))
                .andExpect(jsonPath("$.hits[0].snippet.parts[0].match").value(false))
                .andExpect(jsonPath("$.hits[0].snippet.parts[1].text").value(word))
                .andExpect(jsonPath("$.hits[0].snippet.parts[1].match").value(true));
    }

    private ListingId publish(Member member, LocalizedText title) {
        ListingDetails details = ListingDetails.minimal(ListingKind.OFFER, title, List.of("0904.11"));
        ListingId id = listings.create(member.company(), details, member.user());
        listings.publish(id, member.user());
        return id;
    }

    private SearchHit hit(String text, Language reader, ListingId id) {
        return search.search(SearchRequest.of(text, reader)).hits().stream()
                .filter(hit -> hit.isListing() && hit.id() == id.value())
                .findFirst()
                .orElse(null);
    }

    private static List<String> marked(Snippet snippet) {
        return snippet.parts().stream()
                .filter(SnippetPart::match)
                .map(SnippetPart::text)
                .toList();
    }
}
