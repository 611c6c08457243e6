package org.ketnoi.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.ketnoi.catalog.QuantityUnit;
import org.ketnoi.i18n.Language;
import org.ketnoi.taxonomy.Certification;

/**
 * One product template of {@code demo/products.properties}: what a generated company trades and the
 * words its listings and profile use. Texts come in the seller's and the buyer's own language (the
 * {@link #sellerLanguage()}) with English translations.
 */
record DemoProduct(
        String key,
        Side side,
        String sector,
        List<String> hsCodes,
        @Nullable QuantityUnit unit,
        int minQuantity,
        int maxQuantity,
        BigDecimal price,
        List<Certification> certifications,
        List<Certification> required,
        List<String> origins,
        @Nullable String related,
        boolean border,
        Words trade,
        Words noun,
        Texts sell,
        @Nullable Texts buy) {

    /** Who writes what: VN sells to CN, CN sells to VN, or an investment / technology listing. */
    enum Side {
        VN,
        CN,
        INVEST_VN,
        INVEST_CN,
        TECH_CN
    }

    record Words(String vi, String en, String zh) {}

    /** Title variants (own language and English, same order) and one description in both. */
    record Texts(List<String> titles, List<String> titlesEn, String text, String textEn) {}

    /** The language sellers (or the listing's author) write in. */
    Language sellerLanguage() {
        return switch (side) {
            case VN, INVEST_VN -> Language.VI;
            case CN, INVEST_CN, TECH_CN -> Language.ZH;
        };
    }

    boolean goods() {
        return side == Side.VN || side == Side.CN;
    }

    /** The HS code of a title variant: one code per variant, or one for all. */
    String hsCode(int variant) {
        return hsCodes.size() == 1 ? hsCodes.getFirst() : hsCodes.get(variant % hsCodes.size());
    }

    static DemoProduct of(String key, Function<String, @Nullable String> field) {
        Function<String, String> required = name -> {
            String value = field.apply(name);
            if (value == null || value.isBlank()) {
                throw new IllegalStateException("Demo product " + key + " has no " + name);
            }
            return value.strip();
        };
        String sideValue = required.apply("side");
        String author = field.apply("author");
        Side side = switch (sideValue) {
            case "INVEST" -> "VN".equals(author) ? Side.INVEST_VN : Side.INVEST_CN;
            case "TECH" -> Side.TECH_CN;
            default -> Side.valueOf(sideValue);
        };
        String unit = field.apply("unit");
        List<String> quantity = DemoWords.split(field.apply("quantity"), "-");
        String price = field.apply("price");
        return new DemoProduct(
                key,
                side,
                required.apply("sector"),
                DemoWords.split(required.apply("hs"), "|"),
                unit == null ? null : QuantityUnit.valueOf(unit.strip()),
                quantity.isEmpty() ? 0 : Integer.parseInt(quantity.get(0)),
                quantity.isEmpty() ? 0 : Integer.parseInt(quantity.get(1)),
                price == null ? BigDecimal.ZERO : new BigDecimal(price.strip()),
                certifications(field.apply("certs")),
                certifications(field.apply("required")),
                DemoWords.split(field.apply("origin"), ","),
                field.apply("related"),
                "true".equals(field.apply("border")),
                new Words(required.apply("trade.vi"), required.apply("trade.en"), required.apply("trade.zh")),
                new Words(required.apply("noun.vi"), required.apply("noun.en"), required.apply("noun.zh")),
                texts("sell", required),
                field.apply("buy.title") == null ? null : texts("buy", required));
    }

    private static Texts texts(String prefix, Function<String, String> required) {
        List<String> titles = DemoWords.split(required.apply(prefix + ".title"), "|");
        List<String> titlesEn = DemoWords.split(required.apply(prefix + ".title.en"), "|");
        if (titles.size() != titlesEn.size()) {
            throw new IllegalStateException("Demo product titles and English titles differ in number: " + titles);
        }
        return new Texts(titles, titlesEn, required.apply(prefix + ".text"), required.apply(prefix + ".text.en"));
    }

    private static List<Certification> certifications(@Nullable String value) {
        return DemoWords.split(value, ",").stream()
                .map(code -> Certification.fromCode(code)
                        .orElseThrow(() -> new IllegalStateException("Unknown certification " + code)))
                .toList();
    }
}
