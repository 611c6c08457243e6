package org.ketnoi.demo;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.company.CompanyContacts;
import org.ketnoi.company.CompanyDetails;
import org.ketnoi.company.EmployeeBand;
import org.ketnoi.company.RevenueBand;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.i18n.Language;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.taxonomy.Certification;

/** The profiles, kept apart from the loading logic because they are long. */
final class DemoCompanyProfiles {

    private static final Set<Language> VI_EN = Set.of(Language.VI, Language.EN);
    private static final Set<Language> ZH_EN = Set.of(Language.ZH, Language.EN);

    /** A company to create and how it takes part in each demo event (null: it does not). */
    record Demo(
            CompanyDetails details,
            AccountUser owner,
            ParticipantRole role,
            @Nullable String guangzhouPoint,
            @Nullable String laoCaiPoint) {}

    private DemoCompanyProfiles() {}

    static List<Demo> all(AccountUser seller, AccountUser buyer, AccountUser admin) {
        return List.of(
                new Demo(coffeeExporter(), seller, ParticipantRole.SELLER, "Quảng Châu", "Hà Nội"),
                new Demo(coffeeImporter(), buyer, ParticipantRole.BUYER, "Quảng Châu", "Hàng Châu"),
                new Demo(
                        vn(
                                "Công ty TNHH Sầu riêng Krông Pắc",
                                "克隆帕榴莲有限公司",
                                "Krong Pac Durian Co., Ltd.",
                                "Vùng trồng sầu riêng Ri6 và Monthong có mã số vùng trồng, xuất khẩu chính ngạch sang Trung Quốc.",
                                "拥有种植区域代码的Ri6和金枕榴莲产区，正规出口中国。",
                                "Ri6 and Monthong durian orchards with registered growing-area codes, exporting officially to China.",
                                "66",
                                "Krông Pắc, Đắk Lắk",
                                List.of("fruit"),
                                List.of(
                                        Certification.VIETGAP,
                                        Certification.GLOBALGAP,
                                        Certification.PLANT_QUARANTINE_CODE,
                                        Certification.GACC_REGISTRATION),
                                List.of("CN"),
                                2016),
                        admin,
                        ParticipantRole.SELLER,
                        "Quảng Châu",
                        null),
                new Demo(
                        vn(
                                "Công ty Cổ phần Hồ tiêu Cư M'gar",
                                "库姆加胡椒股份公司",
                                "Cu M'gar Pepper JSC",
                                "Hồ tiêu đen và tiêu trắng Đắk Lắk, sơ chế và đóng gói tại vùng nguyên liệu.",
                                "多乐省黑胡椒和白胡椒，在原料产区初加工和包装。",
                                "Black and white Đắk Lắk pepper, cleaned and packed where it grows.",
                                "66",
                                "Cư M'gar, Đắk Lắk",
                                List.of("pepper_spices"),
                                List.of(Certification.HACCP, Certification.ORGANIC_EU),
                                List.of("CN", "IN", "AE"),
                                2009),
                        admin,
                        ParticipantRole.SELLER,
                        "Quảng Châu",
                        "Lào Cai"),
                new Demo(
                        vn(
                                "Công ty TNHH Chế biến Điều Bình Phước",
                                "平福腰果加工有限公司",
                                "Binh Phuoc Cashew Processing Co., Ltd.",
                                "Nhân điều W240, W320 chế biến từ điều thô Bình Phước (nay thuộc Đồng Nai).",
                                "以平福（现属同奈）原料加工的W240、W320腰果仁。",
                                "W240 and W320 cashew kernels processed from Bình Phước (now Đồng Nai) raw nuts.",
                                "75",
                                "Đồng Xoài, Đồng Nai",
                                List.of("cashew_nuts"),
                                List.of(Certification.HACCP, Certification.ISO_22000),
                                List.of("CN", "US", "NL"),
                                2004),
                        admin,
                        ParticipantRole.SELLER,
                        "Quảng Châu",
                        "Hà Nội"),
                new Demo(
                        vn(
                                "Công ty Cổ phần Thủy sản Cà Mau",
                                "金瓯水产股份公司",
                                "Ca Mau Seafood JSC",
                                "Tôm sú và tôm thẻ đông lạnh, nuôi quảng canh sinh thái rừng ngập mặn.",
                                "冷冻黑虎虾和白虾，红树林生态粗放养殖。",
                                "Frozen black tiger and whiteleg shrimp from extensive mangrove farming.",
                                "96",
                                "Cà Mau",
                                List.of("seafood"),
                                List.of(Certification.HACCP, Certification.GACC_REGISTRATION),
                                List.of("CN", "JP", "KR"),
                                1998),
                        admin,
                        ParticipantRole.SELLER,
                        null,
                        "Hà Nội"),
                new Demo(
                        cn(
                                "Công ty TNHH Cà phê Côn Minh Vân Nam",
                                "云南昆明咖啡有限公司",
                                "Yunnan Kunming Coffee Co., Ltd.",
                                "Rang xay và phân phối cà phê tại Tây Nam Trung Quốc; mua Robusta Việt Nam để phối trộn.",
                                "在中国西南烘焙和分销咖啡，采购越南罗布斯塔咖啡用于拼配。",
                                "Roasts and distributes coffee in south-west China; buys Vietnamese Robusta for blends.",
                                "53",
                                "Côn Minh, Vân Nam",
                                List.of("coffee"),
                                2012),
                        admin,
                        ParticipantRole.BUYER,
                        "Quảng Châu",
                        null),
                new Demo(
                        cn(
                                "Công ty TNHH Thực phẩm Hàng Châu Chiết Giang",
                                "浙江杭州食品进口有限公司",
                                "Zhejiang Hangzhou Food Import Co., Ltd.",
                                "Nhập khẩu hạt điều, trái cây và hồ tiêu cho chuỗi siêu thị Hoa Đông.",
                                "为华东连锁超市进口腰果、水果和胡椒。",
                                "Imports cashews, fruit and pepper for East China supermarket chains.",
                                "33",
                                "Hàng Châu, Chiết Giang",
                                List.of("cashew_nuts", "fruit", "pepper_spices"),
                                2007),
                        admin,
                        ParticipantRole.BUYER,
                        null,
                        "Hàng Châu"),
                new Demo(
                        cn(
                                "Công ty TNHH Thương mại Nông sản Nam Ninh Quảng Tây",
                                "广西南宁农产品贸易有限公司",
                                "Guangxi Nanning Agricultural Trading Co., Ltd.",
                                "Nhập khẩu trái cây và thủy sản Việt Nam qua cửa khẩu Hữu Nghị – Bằng Tường.",
                                "经友谊关—凭祥口岸进口越南水果和水产品。",
                                "Imports Vietnamese fruit and seafood through the Hữu Nghị – Pingxiang border gate.",
                                "45",
                                "Nam Ninh, Quảng Tây",
                                List.of("fruit", "seafood"),
                                2010),
                        admin,
                        ParticipantRole.BUYER,
                        "Quảng Châu",
                        "Lào Cai"),
                new Demo(
                        cn(
                                "Công ty Đầu tư Nông nghiệp Thâm Quyến",
                                "深圳农业投资有限公司",
                                "Shenzhen Agricultural Investment Co., Ltd.",
                                "Đầu tư kho lạnh và nhà máy chế biến nông sản tại Tây Nguyên.",
                                "投资越南西原地区冷库和农产品加工厂。",
                                "Invests in cold storage and farm-product processing plants in the Central Highlands.",
                                "44",
                                "Thâm Quyến, Quảng Đông",
                                List.of("investment_technology", "food_processing"),
                                2015),
                        admin,
                        ParticipantRole.INVESTOR,
                        "Quảng Châu",
                        null),
                new Demo(
                        vn(
                                "Hợp tác xã Chè Shan Tuyết Lào Cai",
                                "老街雪山茶合作社",
                                "Lào Cai Shan Tuyết Tea Cooperative",
                                "Chè Shan Tuyết cổ thụ vùng cao, sản phẩm OCOP 4 sao.",
                                "高山古树雪山茶，OCOP四星产品。",
                                "Highland ancient Shan Tuyết tea, a 4-star OCOP product.",
                                "15",
                                "Bắc Hà, Lào Cai",
                                List.of("tea"),
                                List.of(Certification.OCOP_4, Certification.ORGANIC_VN),
                                List.of("CN"),
                                2018),
                        admin,
                        ParticipantRole.EXHIBITOR,
                        null,
                        "Lào Cai"));
    }

    private static CompanyDetails coffeeExporter() {
        return new CompanyDetails(
                new LocalizedText(
                        "Công ty TNHH Cà phê Buôn Ma Thuột Xanh",
                        "邦美蜀绿色咖啡有限公司",
                        "Buon Ma Thuot Green Coffee Co., Ltd."),
                new LocalizedText(
                        "Thu mua, chế biến và xuất khẩu cà phê Robusta Đắk Lắk: nhân xanh S16, S18, cà phê rang.",
                        "收购、加工和出口多乐省罗布斯塔咖啡：S16、S18生豆及烘焙咖啡。",
                        "Buys, processes and exports Đắk Lắk Robusta: S16 and S18 green beans, roasted coffee."),
                "VN",
                "66",
                "Buôn Ma Thuột, Đắk Lắk",
                "https://bmt-green-coffee.example",
                2008,
                EmployeeBand.UP_TO_200,
                RevenueBand.UP_TO_50M,
                List.of("coffee"),
                List.of(Certification.VIETGAP, Certification.RAINFOREST_ALLIANCE, Certification.HACCP),
                List.of("CN", "DE", "JP", "US"),
                VI_EN,
                "6000123456",
                new CompanyContacts("Nguyễn Thị Lan", "export@bmt-green-coffee.example", "+84 262 3811 234"));
    }

    private static CompanyDetails coffeeImporter() {
        return new CompanyDetails(
                new LocalizedText(
                        "Công ty TNHH Thương mại Cà phê Hồng Hải Quảng Châu",
                        "广州鸿海咖啡贸易有限公司",
                        "Guangzhou Honghai Coffee Trading Co., Ltd."),
                new LocalizedText(
                        "Nhập khẩu và phân phối cà phê nhân cho các xưởng rang tại Hoa Nam.",
                        "进口咖啡生豆并分销给华南地区的烘焙工厂。",
                        "Imports green coffee and distributes it to roasters across South China."),
                "CN",
                "44",
                "Thiên Hà, Quảng Châu",
                "https://honghai-coffee.example",
                2011,
                EmployeeBand.UP_TO_50,
                RevenueBand.UP_TO_10M,
                List.of("coffee"),
                List.of(),
                List.of(),
                ZH_EN,
                "91440101MA5C000000",
                new CompanyContacts("陈伟", "purchasing@honghai-coffee.example", "+86 20 3888 0000"));
    }

    private static CompanyDetails vn(
            String vi,
            String zh,
            String en,
            String dvi,
            String dzh,
            String den,
            String province,
            String address,
            List<String> sectors,
            List<Certification> certifications,
            List<String> markets,
            int founded) {
        return new CompanyDetails(
                new LocalizedText(vi, zh, en),
                new LocalizedText(dvi, dzh, den),
                "VN",
                province,
                address,
                null,
                founded,
                EmployeeBand.UP_TO_200,
                RevenueBand.UP_TO_10M,
                sectors,
                certifications,
                markets,
                VI_EN,
                null,
                CompanyContacts.none());
    }

    private static CompanyDetails cn(
            String vi,
            String zh,
            String en,
            String dvi,
            String dzh,
            String den,
            String province,
            String address,
            List<String> sectors,
            int founded) {
        return new CompanyDetails(
                new LocalizedText(vi, zh, en),
                new LocalizedText(dvi, dzh, den),
                "CN",
                province,
                address,
                null,
                founded,
                EmployeeBand.UP_TO_50,
                RevenueBand.UP_TO_10M,
                sectors,
                List.of(),
                List.of(),
                ZH_EN,
                null,
                CompanyContacts.none());
    }
}
