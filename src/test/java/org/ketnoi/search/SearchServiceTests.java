package org.ketnoi.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.ketnoi.search.SearchResults.FacetValue;
import org.ketnoi.search.SearchResults.SearchHit;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class SearchServiceTests {

    static final Duration INDEXED = Duration.ofSeconds(15);

    @Autowired
    SearchService search;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    ListingService listings;

    /** A made-up word nothing else contains: random letters, so no analyzer or HS name knows it. */
    static String word() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    /** The word with Vietnamese tones and đ, as a Vietnamese title would carry it. */
    static String withTones(String word) {
        return word.replace('a', 'à')
                .replace('e', 'ế')
                .replace('o', 'ộ')
                .replace('u', 'ữ')
                .replace('d', 'đ');
    }

    ListingId publish(Member member, ListingKind kind, LocalizedText title, String hsCode) {
        ListingDetails details = ListingDetails.minimal(kind, title, List.of(hsCode));
        ListingId id = listings.create(member.company(), details, member.user());
        listings.publish(id, member.user());
        return id;
    }

    List<Long> listingIds(String text, Language reader) {
        List<Long> ids = new ArrayList<>();
        SearchResults page = search.search(SearchRequest.of(text, reader));
        for (int number = 1; number <= page.pages() && number <= SearchService.MAX_PAGE; number++) {
            search.search(new SearchRequest(text, reader, null, Map.of(), number)).hits().stream()
                    .filter(SearchHit::isListing)
                    .forEach(hit -> ids.add(hit.id()));
        }
        return ids;
    }

    long firstListing(String text, Language reader) {
        return search.search(SearchRequest.of(text, reader)).hits().stream()
                .filter(SearchHit::isListing)
                .findFirst()
                .map(SearchHit::id)
                .orElse(-1L);
    }

    @Test
    void vietnameseWithoutTones_findsTitleWithTones() {
        Member member = fixtures.member("search-vi", Language.VI);
        String word = word();
        ListingId id = publish(
                member, ListingKind.OFFER, LocalizedText.of(Language.VI, "Cà phê " + withTones(word)), "0901.11");

        await().atMost(INDEXED)
                .untilAsserted(() ->
                        assertThat(firstListing("ca phe " + word, Language.VI)).isEqualTo(id.value()));
        assertThat(firstListing("Cà Phê " + withTones(word), Language.VI)).isEqualTo(id.value());
    }

    @Test
    void chineseQuery_findsChineseText() {
        Member member = fixtures.member("search-zh", Language.ZH);
        StringBuilder chinese = new StringBuilder("冻干榴莲");
        ThreadLocalRandom.current().ints(4, 0x4E00, 0x9FA5).forEach(chinese::appendCodePoint);
        ListingId id = publish(member, ListingKind.OFFER, LocalizedText.of(Language.ZH, chinese.toString()), "0813.40");

        await().atMost(INDEXED)
                .untilAsserted(() -> assertThat(firstListing(chinese.toString(), Language.ZH))
                        .isEqualTo(id.value()));
    }

    @Test
    void englishPlural_findsSingularByStemming() {
        Member member = fixtures.member("search-en", Language.EN);
        String word = word();
        ListingId id =
                publish(member, ListingKind.NEED, LocalizedText.of(Language.EN, "Roasted coffee " + word), "0901.21");

        await().atMost(INDEXED)
                .untilAsserted(() ->
                        assertThat(firstListing("coffees " + word, Language.EN)).isEqualTo(id.value()));
    }

    @Test
    void chineseDurian_findsVietnameseOnlyOfferThroughHsCode() {
        Member member = fixtures.member("search-hs", Language.VI);
        ListingId id = publish(
                member,
                ListingKind.OFFER,
                LocalizedText.of(Language.VI, "Sầu riêng Ri6 " + withTones(word())),
                "0810.60");

        await().atMost(INDEXED)
                .untilAsserted(() -> assertThat(listingIds("榴莲", Language.ZH)).contains(id.value()));
    }

    @Test
    void facets_countEveryValueAndFilterSideways() {
        Member member = fixtures.member("search-facets", Language.VI);
        String word = word();
        ListingId offer =
                listings.create(member.company(), CatalogFixtures.robustaOffer("Cà phê " + word), member.user());
        listings.publish(offer, member.user());
        ListingId need =
                publish(member, ListingKind.NEED, LocalizedText.of(Language.VI, "Sầu riêng " + word), "0810.60");

        await().atMost(INDEXED)
                .untilAsserted(() -> assertThat(search.search(SearchRequest.of(word, Language.EN))
                                .total())
                        .isEqualTo(2));
        SearchResults all = search.search(SearchRequest.of(word, Language.EN));
        assertThat(counts(all, Facet.KIND)).isEqualTo(Map.of("OFFER", 1, "NEED", 1));
        assertThat(counts(all, Facet.CHAPTER)).isEqualTo(Map.of("09", 1, "08", 1));
        assertThat(counts(all, Facet.CERTIFICATION)).isEqualTo(Map.of("VIETGAP", 1, "RAINFOREST_ALLIANCE", 1));
        assertThat(counts(all, Facet.COUNTRY)).isEqualTo(Map.of("VN", 2));
        assertThat(counts(all, Facet.SECTOR)).containsEntry("coffee", 1);
        assertThat(all.facets().get(Facet.COUNTRY).getFirst().label()).isEqualTo("Vietnam");

        SearchResults offers =
                search.search(new SearchRequest(word, Language.EN, null, Map.of(Facet.KIND, Set.of("OFFER")), 1));
        assertThat(offers.total()).isEqualTo(1);
        assertThat(offers.hits()).extracting(SearchHit::id).containsExactly(offer.value());
        assertThat(counts(offers, Facet.KIND)).isEqualTo(Map.of("OFFER", 1, "NEED", 1));
        assertThat(counts(offers, Facet.CHAPTER)).isEqualTo(Map.of("09", 1));
        assertThat(offers.facets().get(Facet.KIND))
                .filteredOn(FacetValue::selected)
                .extracting(FacetValue::value)
                .containsExactly("OFFER");
        assertThat(need.value()).isNotEqualTo(offer.value());
    }

    static Map<String, Integer> counts(SearchResults results, Facet facet) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        results.facets().get(facet).forEach(value -> counts.put(value.value(), value.count()));
        return counts;
    }

    @Test
    void draftsAndWithdrawnListings_neverAppear() {
        Member member = fixtures.member("search-private", Language.VI);
        String word = word();
        ListingId draft = fixtures.draft(member, "Bản nháp " + word);
        ListingId published = fixtures.published(member, "Cà phê " + word);
        await().atMost(INDEXED)
                .untilAsserted(() -> assertThat(listingIds(word, Language.VI)).containsExactly(published.value()));
        assertThat(listingIds(word, Language.VI)).doesNotContain(draft.value());

        listings.withdraw(published, member.user());

        await().atMost(INDEXED)
                .untilAsserted(() -> assertThat(listingIds(word, Language.VI)).isEmpty());
    }

    @Test
    void malformedQueries_giveResultsOrNothing() {
        for (String text :
                List.of("\"unclosed", "AND OR", "a:b[", "*", "\\", "(((", "title_vi:x~2^3", "-", " ", "OR")) {
            SearchResults results = search.search(SearchRequest.of(text, Language.VI));
            assertThat(results.total()).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void browse_givesTheSameCountsAndHitsCachedOrNot_andSeesNewListings() {
        Member member = fixtures.member("search-browse", Language.VI);
        SearchRequest offers = new SearchRequest("", Language.EN, null, Map.of(Facet.KIND, Set.of("OFFER")), 1);
        // Counted, then answered from the cache: equal unless other tests' indexing came in between.
        await().atMost(INDEXED).until(() -> search.search(offers).equals(search.search(offers)));
        SearchResults first = search.search(offers);

        String word = word();
        publish(member, ListingKind.OFFER, new LocalizedText("Cà phê " + word, null, null), "0901.11");
        await().atMost(INDEXED)
                .until(() -> search.search(SearchRequest.of(word, Language.VI)).total() == 1);

        SearchResults after = search.search(offers);
        assertThat(after.total()).isGreaterThan(first.total());
        assertThat(after.facets().get(Facet.KIND))
                .filteredOn(value -> value.value().equals("OFFER"))
                .extracting(FacetValue::count)
                .containsExactly(after.total());
    }
}
