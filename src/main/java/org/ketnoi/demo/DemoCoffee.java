package org.ketnoi.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ketnoi.catalog.Incoterm;
import org.ketnoi.catalog.ListingDetails;
import org.ketnoi.catalog.ListingKind;
import org.ketnoi.catalog.PriceCurrency;
import org.ketnoi.catalog.QuantityUnit;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.taxonomy.Certification;

/**
 * The coffee listings of the demo seller (a Đắk Lắk exporter) and buyer (a Guangzhou importer).
 * Prices follow the Robusta export prices of late 2025, about USD 4,300–4,600 a tonne FOB.
 */
final class DemoCoffee {

    private DemoCoffee() {}

    static ListingDetails greenOffer(LocalDate from, LocalDate until) {
        return new ListingDetails(
                ListingKind.OFFER,
                List.of("0901.11"),
                new LocalizedText(
                        "Cà phê nhân Robusta Đắk Lắk sàng 16/18",
                        "多乐省罗布斯塔咖啡生豆（16/18目）",
                        "Đắk Lắk Robusta green coffee beans, screen 16/18"),
                new LocalizedText(
                        "Cà phê nhân Robusta vùng Buôn Ma Thuột, chế biến khô và ướt, độ ẩm tối đa 12,5%, tạp chất"
                                + " dưới 0,5%. Vùng trồng đạt VietGAP, một phần đạt chứng nhận 4C. Đóng bao đay 60 kg"
                                + " hoặc big bag, xuất qua cảng Cát Lái.",
                        null,
                        "Robusta from the Buôn Ma Thuột area, natural and washed, moisture max 12.5%, foreign"
                                + " matter below 0.5%. VietGAP farms, partly 4C certified. 60 kg jute bags or big"
                                + " bags, shipped from Cát Lái port."),
                new BigDecimal("600"),
                QuantityUnit.TONNE,
                new BigDecimal("19.2"),
                Incoterm.FOB,
                "Cát Lái, TP. Hồ Chí Minh",
                new BigDecimal("4300"),
                new BigDecimal("4600"),
                PriceCurrency.USD,
                List.of(Certification.VIETGAP, Certification.RAINFOREST_ALLIANCE),
                List.of("CN"),
                from,
                until);
    }

    static ListingDetails roastedOffer(LocalDate from, LocalDate until) {
        return new ListingDetails(
                ListingKind.OFFER,
                List.of("0901.21"),
                new LocalizedText("Cà phê rang xay Buôn Ma Thuột, Robusta và Arabica", "邦美蜀烘焙咖啡（罗布斯塔与阿拉比卡）", null),
                new LocalizedText(
                        "Cà phê rang mộc, rang vừa, đóng gói 500 g và 1 kg, nhận in nhãn riêng (OEM).",
                        "中度烘焙，500克及1千克包装，可贴牌（OEM）。",
                        null),
                new BigDecimal("20000"),
                QuantityUnit.KG,
                new BigDecimal("500"),
                Incoterm.FOB,
                "Hải Phòng",
                new BigDecimal("7.50"),
                new BigDecimal("9.00"),
                PriceCurrency.USD,
                List.of(Certification.VIETGAP, Certification.HACCP, Certification.OCOP_4),
                List.of("CN", "HK"),
                from,
                until);
    }

    static ListingDetails greenNeed(LocalDate from, LocalDate until) {
        return new ListingDetails(
                ListingKind.NEED,
                List.of("0901.11"),
                new LocalizedText(null, "长期求购越南罗布斯塔咖啡生豆", "Long-term purchase of Vietnamese Robusta green coffee"),
                new LocalizedText(
                        null,
                        "广州咖啡贸易商，每月采购约100吨罗布斯塔生豆（S16–S18），CIF广州南沙港。" + "供应商须有出口中国的植物检疫登记。",
                        "Guangzhou coffee trader buying about 100 tonnes of Robusta (S16–S18) a month, CIF"
                                + " Guangzhou Nansha. Suppliers need a plant quarantine registration for China."),
                new BigDecimal("1200"),
                QuantityUnit.TONNE,
                new BigDecimal("19.2"),
                Incoterm.CIF,
                "广州 Guangzhou",
                new BigDecimal("4400"),
                new BigDecimal("4700"),
                PriceCurrency.USD,
                List.of(Certification.PLANT_QUARANTINE_CODE),
                List.of("VN"),
                from,
                until);
    }
}
