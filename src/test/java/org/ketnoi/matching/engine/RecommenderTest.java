package org.ketnoi.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ketnoi.catalog.ListingKind;
import org.ketnoi.event.LanguagePair;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.i18n.Language;
import org.ketnoi.taxonomy.Certification;

class RecommenderTest {

    private final Recommender recommender = new Recommender();

    static MatchListing listing(long id, ListingKind kind, String code, Certification... certifications) {
        return new MatchListing(id, kind, List.of(code), Set.of(), Set.of(certifications), Set.of());
    }

    static MatchParty party(
            long id, String country, ParticipantRole role, Set<Language> languages, MatchListing... listings) {
        return new MatchParty(
                id, id * 10, country, role, languages, Set.of(), Set.of(), Set.of(), -1, List.of(listings));
    }

    private final MatchParty robustaSeller = party(
            1,
            "VN",
            ParticipantRole.SELLER,
            Set.of(Language.VI),
            listing(11, ListingKind.OFFER, "090111", Certification.GACC_REGISTRATION));
    private final MatchParty coffeeBuyer = party(
            2,
            "CN",
            ParticipantRole.BUYER,
            Set.of(Language.ZH),
            listing(21, ListingKind.NEED, "090111", Certification.GACC_REGISTRATION));
    private final MatchParty roastedSeller = party(
            3,
            "VN",
            ParticipantRole.SELLER,
            Set.of(Language.VI, Language.ZH),
            listing(31, ListingKind.OFFER, "090121"));
    private final MatchParty machineSeller =
            party(4, "VN", ParticipantRole.SELLER, Set.of(Language.VI), listing(41, ListingKind.OFFER, "851671"));
    private final MatchParty otherBuyer =
            party(5, "VN", ParticipantRole.BUYER, Set.of(Language.VI), listing(51, ListingKind.NEED, "0901"));

    private EventSnapshot snapshot(MatchRules rules, Set<Long> history, MatchParty... parties) {
        return new EventSnapshot(List.of(parties), rules, history);
    }

    @Test
    void sameSubheading_ranksAboveSameHeading_andOtherChaptersAreNotRecommended() {
        EventSnapshot snapshot =
                snapshot(MatchRules.NONE, Set.of(), robustaSeller, coffeeBuyer, roastedSeller, machineSeller);

        List<Recommendation> list = recommender.recommend(snapshot, 1, 10);

        assertThat(list).extracting(Recommendation::partner).containsExactly(1L, 3L);
        assertThat(list.getFirst().score()).isGreaterThan(list.get(1).score());
    }

    @Test
    void productReason_namesCodesListingsAndLevel() {
        EventSnapshot snapshot = snapshot(MatchRules.NONE, Set.of(), robustaSeller, coffeeBuyer);

        Recommendation top = recommender.recommend(snapshot, 0, 10).getFirst();

        assertThat(top.reasons())
                .contains(
                        Reason.of(ReasonCode.THEY_BUY_YOU_SELL, "090111", "21", "11", "SUBHEADING", "false"),
                        Reason.of(ReasonCode.THEY_REQUIRE_YOU_HAVE, "GACC_REGISTRATION"),
                        Reason.of(ReasonCode.INTERPRETER_NEEDED, "vi", "zh"));
    }

    private static MatchParty placed(MatchParty party, long point, boolean online) {
        return new MatchParty(
                party.id(),
                party.company(),
                party.country(),
                party.role(),
                party.languages(),
                party.sectors(),
                party.certifications(),
                party.exportMarkets(),
                party.sizeBand(),
                party.listings(),
                point,
                online);
    }

    private static final LanguagePair VI_ZH = LanguagePair.of(Language.VI, Language.ZH);

    private Recommendation top(InterpreterCover cover, MatchParty... parties) {
        return recommender
                .recommend(new EventSnapshot(List.of(parties), MatchRules.NONE, Set.of(), cover), 0, 10)
                .getFirst();
    }

    @Test
    void interpreterAtTheirConnectionPoint_isNamedAndScoresBetterThanNone() {
        MatchParty seller = placed(robustaSeller, 7, false);
        MatchParty buyer = placed(coffeeBuyer, 7, false);

        Recommendation without = top(InterpreterCover.NONE, seller, buyer);
        Recommendation with = top(new InterpreterCover(Map.of(7L, Set.of(VI_ZH)), Set.of()), seller, buyer);

        assertThat(without.reasons()).contains(Reason.of(ReasonCode.INTERPRETER_NEEDED, "vi", "zh"));
        assertThat(with.reasons())
                .contains(Reason.of(ReasonCode.INTERPRETER_AVAILABLE, "vi", "zh"))
                .doesNotContain(Reason.of(ReasonCode.INTERPRETER_NEEDED, "vi", "zh"));
        assertThat(with.score()).isGreaterThan(without.score());
    }

    @Test
    void interpreterAtAnotherPointOrOfAnotherPair_doesNotHelp() {
        MatchParty seller = placed(robustaSeller, 7, false);
        MatchParty buyer = placed(coffeeBuyer, 7, false);
        InterpreterCover elsewhere = new InterpreterCover(
                Map.of(8L, Set.of(VI_ZH), 7L, Set.of(LanguagePair.of(Language.VI, Language.EN))), Set.of(VI_ZH));

        Recommendation with = top(elsewhere, seller, buyer);

        assertThat(with.reasons()).contains(Reason.of(ReasonCode.INTERPRETER_NEEDED, "vi", "zh"));
        assertThat(with.score())
                .isEqualTo(top(InterpreterCover.NONE, seller, buyer).score());
    }

    @Test
    void remoteInterpreter_helpsWhenOneSideJoinsOnline_notAnInterpreterAtTheTable() {
        MatchParty seller = placed(robustaSeller, 7, false);
        MatchParty onlineBuyer = placed(coffeeBuyer, 7, true);

        assertThat(top(new InterpreterCover(Map.of(), Set.of(VI_ZH)), seller, onlineBuyer)
                        .reasons())
                .contains(Reason.of(ReasonCode.INTERPRETER_AVAILABLE, "vi", "zh"));
        assertThat(top(new InterpreterCover(Map.of(7L, Set.of(VI_ZH)), Set.of()), seller, onlineBuyer)
                        .reasons())
                .contains(Reason.of(ReasonCode.INTERPRETER_NEEDED, "vi", "zh"));
    }

    @Test
    void historyOwnCompanyAndRules_excludePairs() {
        MatchParty sameCompany = new MatchParty(
                9,
                robustaSeller.company(),
                "VN",
                ParticipantRole.BUYER,
                Set.of(Language.VI),
                Set.of(),
                Set.of(),
                Set.of(),
                -1,
                List.of(listing(91, ListingKind.NEED, "090111")));
        EventSnapshot withHistory = snapshot(
                MatchRules.NONE,
                Set.of(EventSnapshot.pairKey(2, 1)),
                robustaSeller,
                coffeeBuyer,
                otherBuyer,
                sameCompany);
        assertThat(recommender.recommend(withHistory, 0, 10))
                .extracting(Recommendation::partner)
                .containsExactly(5L);

        EventSnapshot vietnamChina =
                snapshot(new MatchRules(true, false), Set.of(), robustaSeller, coffeeBuyer, otherBuyer);
        assertThat(recommender.recommend(vietnamChina, 0, 10))
                .extracting(Recommendation::partner)
                .containsExactly(2L);

        EventSnapshot buyerSeller = snapshot(
                new MatchRules(false, true),
                Set.of(),
                robustaSeller,
                roastedSeller,
                party(6, "CN", ParticipantRole.INVESTOR, Set.of(Language.ZH), listing(61, ListingKind.NEED, "090121")));
        assertThat(recommender.recommend(buyerSeller, 1, 10)).isEmpty();
    }

    @Test
    void textThatAgrees_liftsAHeadingMatch_butNeverLinksChapters() {
        MatchListing need =
                new MatchListing(71, ListingKind.NEED, List.of("0306"), Set.of("030617"), Set.of(), Set.of());
        MatchListing frozen =
                new MatchListing(72, ListingKind.OFFER, List.of("030617"), Set.of("030636"), Set.of(), Set.of());
        MatchListing dried =
                new MatchListing(73, ListingKind.OFFER, List.of("030695"), Set.of("160529"), Set.of(), Set.of());
        MatchListing candy =
                new MatchListing(74, ListingKind.OFFER, List.of("170490"), Set.of("030617"), Set.of(), Set.of());
        EventSnapshot snapshot = snapshot(
                MatchRules.NONE,
                Set.of(),
                party(7, "CN", ParticipantRole.BUYER, Set.of(Language.ZH), need),
                party(8, "VN", ParticipantRole.SELLER, Set.of(Language.VI), frozen),
                party(9, "VN", ParticipantRole.SELLER, Set.of(Language.VI), dried),
                party(10, "VN", ParticipantRole.SELLER, Set.of(Language.VI), candy));

        List<Recommendation> list = recommender.recommend(snapshot, 0, 10);

        assertThat(list).extracting(Recommendation::partner).containsExactly(8L, 9L);
        assertThat(list.getFirst().product()).isGreaterThan(list.get(1).product());
    }

    @Test
    void balancing_capsExposure_andKeepsListLengths() {
        // Ten buyers of the same coffee, one excellent seller and nine good ones.
        List<MatchParty> parties = new java.util.ArrayList<>();
        parties.add(new MatchParty(
                100,
                1000,
                "VN",
                ParticipantRole.SELLER,
                Set.of(Language.ZH),
                Set.of(),
                Set.of(),
                Set.of("CN"),
                -1,
                List.of(listing(1000, ListingKind.OFFER, "090111"))));
        for (int i = 1; i < 10; i++) {
            parties.add(party(
                    100 + i,
                    "VN",
                    ParticipantRole.SELLER,
                    Set.of(Language.VI),
                    listing(1000 + i, ListingKind.OFFER, "090111")));
        }
        for (int i = 0; i < 10; i++) {
            parties.add(party(
                    200 + i,
                    "CN",
                    ParticipantRole.BUYER,
                    Set.of(Language.ZH),
                    listing(2000 + i, ListingKind.NEED, "090111")));
        }
        EventSnapshot snapshot = new EventSnapshot(parties, MatchRules.NONE, Set.of());

        ExposureBalancer.Result result = new ExposureBalancer().recommendAll(snapshot, 2, 1.5);

        assertThat(result.plain().get(10))
                .extracting(Recommendation::partner)
                .first()
                .isEqualTo(100L);
        assertThat(result.stats().maxPlain()).isEqualTo(10);
        assertThat(result.stats().maxBalanced()).isLessThanOrEqualTo(3);
        assertThat(result.stats().giniBalanced()).isLessThan(result.stats().giniPlain());
        assertThat(result.stats().relevanceKept()).isLessThan(1.0).isGreaterThan(0.8);
        assertThat(result.balanced()).allSatisfy(list -> assertThat(list).hasSize(2));
    }

    @Test
    void gini_ofEqualCountsIsZero_andOfOneHolderIsNearOne() {
        assertThat(ExposureBalancer.gini(new int[] {3, 3, 3})).isZero();
        assertThat(ExposureBalancer.gini(new int[] {0, 0, 0, 9})).isEqualTo(0.75);
    }
}
