package org.ketnoi.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ketnoi.catalog.Incoterm;
import org.ketnoi.catalog.ListingDetails;
import org.ketnoi.catalog.ListingKind;
import org.ketnoi.catalog.PriceCurrency;
import org.ketnoi.catalog.QuantityUnit;
import org.ketnoi.company.CompanyDetails;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.taxonomy.Certification;

/**
 * The listings of generated companies, in the company's own language with English: a Vietnamese
 * seller's offer in Vietnamese, a Chinese importer's need in Chinese. Quantities, prices and Incoterms
 * follow the product (sea freight FOB from the nearest port, fresh fruit DAP at a border gate).
 */
final class DemoPopulationListings {

    static final LocalDate FROM = LocalDate.of(2025, 10, 1);
    static final LocalDate UNTIL = LocalDate.of(2027, 12, 31);
    private static final BigDecimal CNY_PER_USD = new BigDecimal("7.1");
    private static final Set<String> NORTH =
            Set.of("01", "04", "08", "11", "12", "14", "15", "19", "20", "22", "24", "25", "31", "33", "37");
    private static final Set<String> HIGHLANDS = Set.of("40", "48", "51", "52", "56", "66");

    private final DemoWords words;
    private final Random random;

    DemoPopulationListings(DemoWords words, Random random) {
        this.words = words;
        this.random = random;
    }

    /** The company's listing of the product, in the title variant given (modulo the variants). */
    ListingDetails of(DemoProduct product, CompanyDetails company, int variant) {
        boolean vietnamese = company.country().equals("VN");
        boolean selling = product.goods() && (product.side() == DemoProduct.Side.VN) == vietnamese;
        DemoProduct.Texts texts = selling || !product.goods() ? product.sell() : product.buy();
        if (texts == null) {
            throw new IllegalStateException("Demo product " + product.key() + " has no buyer texts");
        }
        int index = variant % texts.titles().size();
        LocalizedText title = vietnamese
                ? new LocalizedText(
                        texts.titles().get(index), null, texts.titlesEn().get(index))
                : new LocalizedText(
                        null, texts.titles().get(index), texts.titlesEn().get(index));
        LocalizedText description = vietnamese
                ? new LocalizedText(texts.text(), null, texts.textEn())
                : new LocalizedText(null, texts.text(), texts.textEn());
        List<String> target = List.of(vietnamese ? "CN" : "VN");
        if (!product.goods()) {
            ListingKind kind =
                    product.side() == DemoProduct.Side.TECH_CN ? ListingKind.TECHNOLOGY : ListingKind.INVESTMENT;
            return new ListingDetails(
                    kind,
                    List.of(product.hsCode(index)),
                    title,
                    description,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    target,
                    FROM,
                    UNTIL);
        }
        BigDecimal quantity =
                nice(product.minQuantity() + random.nextInt(product.maxQuantity() - product.minQuantity() + 1));
        String province = company.provinceCode() == null ? "" : company.provinceCode();
        Incoterm incoterm;
        String place;
        if (selling && vietnamese) {
            incoterm = product.border() ? Incoterm.DAP : Incoterm.FOB;
            place = product.border() ? borderGate(province) : port(province);
        } else if (selling) {
            incoterm = province.equals("53") ? Incoterm.DAP : Incoterm.FOB;
            place = province.equals("53") ? "老街 Lào Cai" : words.name("cn.port." + province);
        } else if (vietnamese) {
            incoterm = NORTH.contains(province) && random.nextBoolean() ? Incoterm.DAP : Incoterm.CIF;
            place = incoterm == Incoterm.DAP ? "Cửa khẩu Lào Cai" : "Hải Phòng";
        } else {
            incoterm = product.border() && Set.of("44", "53").contains(province) ? Incoterm.DAP : Incoterm.CIF;
            place = incoterm == Incoterm.CIF
                    ? words.name("cn.port." + province)
                    : province.equals("53") ? "河口口岸" : "凭祥友谊关口岸";
        }
        boolean priced = selling || random.nextInt(10) < 6;
        PriceCurrency currency =
                !vietnamese && !selling && random.nextInt(4) == 0 ? PriceCurrency.CNY : PriceCurrency.USD;
        BigDecimal base = currency == PriceCurrency.CNY ? product.price().multiply(CNY_PER_USD) : product.price();
        BigDecimal low = priced ? money(base.multiply(factor(0.92, 0.08))) : null;
        BigDecimal high = low != null ? money(low.multiply(factor(1.03, 0.09))) : null;
        return new ListingDetails(
                selling ? ListingKind.OFFER : ListingKind.NEED,
                List.of(product.hsCode(0)),
                title,
                description,
                quantity,
                product.unit(),
                minimum(quantity, product.unit()),
                incoterm,
                place,
                low,
                high,
                priced ? currency : null,
                certifications(product, company, selling),
                target,
                FROM,
                UNTIL);
    }

    /** Offers show what the company holds of the product's usual certificates; needs ask for some. */
    private List<Certification> certifications(DemoProduct product, CompanyDetails company, boolean selling) {
        if (selling) {
            return company.certifications().stream()
                    .filter(c ->
                            product.certifications().contains(c) || c.name().startsWith("OCOP"))
                    .toList();
        }
        return product.required().stream().filter(c -> random.nextBoolean()).toList();
    }

    private String port(String province) {
        if (NORTH.contains(province)) {
            return "Hải Phòng";
        }
        return HIGHLANDS.contains(province) && random.nextBoolean() ? "Quy Nhơn" : "Cát Lái, TP. Hồ Chí Minh";
    }

    private static String borderGate(String province) {
        return Set.of("15", "14", "08").contains(province)
                ? "Cửa khẩu Kim Thành, Lào Cai"
                : "Cửa khẩu Hữu Nghị, Lạng Sơn";
    }

    private BigDecimal factor(double from, double spread) {
        return BigDecimal.valueOf(from + random.nextInt(1000) * spread / 1000);
    }

    /** Whole tens for prices of 100 or more, cents below. */
    private static BigDecimal money(BigDecimal amount) {
        return amount.compareTo(BigDecimal.valueOf(100)) >= 0
                ? amount.setScale(-1, RoundingMode.HALF_UP).setScale(0, RoundingMode.UNNECESSARY)
                : amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** Two significant digits, as people write quantities: 347 → 350. */
    static BigDecimal nice(int amount) {
        if (amount < 20) {
            return BigDecimal.valueOf(amount);
        }
        int scale = (int) Math.pow(10, (int) Math.floor(Math.log10(amount)) - 1);
        return BigDecimal.valueOf((long) Math.round((double) amount / scale) * scale);
    }

    private static @Nullable BigDecimal minimum(BigDecimal quantity, @Nullable QuantityUnit unit) {
        if (unit == null) {
            return null;
        }
        return switch (unit) {
            case CONTAINER_20FT, CONTAINER_40FT, SET -> BigDecimal.ONE;
            default -> nice(Math.max(1, quantity.intValue() / 10));
        };
    }
}
