package org.ketnoi.spreadsheet;

import java.util.List;

/**
 * What a column of an imported file can hold. Each field's label is the message {@code
 * import.field.<key>}; the aliases are header spellings found in agencies' lists (compared by {@link
 * HeaderText#key}), used with the labels in all three languages to guess the mapping.
 */
public enum ImportField {
    TAX_CODE(
            Group.COMPANY,
            "tax-code",
            "mst",
            "ma so thue",
            "ma so doanh nghiep",
            "税号",
            "纳税人识别号",
            "统一社会信用代码",
            "tax code",
            "tax id"),
    NAME_VI(
            Group.COMPANY,
            "name-vi",
            "ten doanh nghiep",
            "ten cong ty",
            "ten dn",
            "doanh nghiep",
            "公司越南文名称",
            "vietnamese name"),
    NAME_ZH(Group.COMPANY, "name-zh", "公司名称", "企业名称", "公司中文名称", "中文名称", "ten tieng trung", "chinese name"),
    NAME_EN(
            Group.COMPANY,
            "name-en",
            "company name",
            "company",
            "english name",
            "ten tieng anh",
            "ten giao dich",
            "英文名称"),
    COUNTRY(Group.COMPANY, "country", "quoc gia", "nuoc", "国家", "国别", "country"),
    PROVINCE(
            Group.COMPANY,
            "province",
            "tinh thanh",
            "tinh thanh pho",
            "tinh tp",
            "tinh",
            "省份",
            "省",
            "province",
            "state"),
    ADDRESS(Group.COMPANY, "address", "dia chi", "地址", "address"),
    WEBSITE(Group.COMPANY, "website", "website", "trang web", "网站", "网址", "web"),
    YEAR_FOUNDED(Group.COMPANY, "year-founded", "nam thanh lap", "成立年份", "成立时间", "year founded", "founded"),
    DESCRIPTION_VI(Group.COMPANY, "description-vi", "gioi thieu", "mo ta", "gioi thieu doanh nghiep"),
    DESCRIPTION_ZH(Group.COMPANY, "description-zh", "公司简介", "企业简介", "简介"),
    DESCRIPTION_EN(Group.COMPANY, "description-en", "description", "company profile", "about"),
    CONTACT_PERSON(
            Group.CONTACT, "contact-person", "nguoi lien he", "nguoi dai dien", "联系人", "contact person", "contact"),
    CONTACT_EMAIL(Group.CONTACT, "contact-email", "email", "e mail", "thu dien tu", "电子邮件", "邮箱", "电子邮箱"),
    CONTACT_PHONE(
            Group.CONTACT,
            "contact-phone",
            "dien thoai",
            "so dien thoai",
            "sdt",
            "dt",
            "电话",
            "手机",
            "联系电话",
            "phone",
            "tel",
            "mobile"),
    ROLE(Group.PARTICIPATION, "role", "vai tro", "角色", "身份", "role"),
    CONNECTION_POINT(Group.PARTICIPATION, "connection-point", "diem cau", "分会场", "会场", "connection point", "venue"),
    ATTENDANCE(Group.PARTICIPATION, "attendance", "hinh thuc tham du", "hinh thuc", "参会方式", "attendance"),
    LISTING_KIND(Group.LISTING, "listing-kind", "loai nhu cau", "nhu cau", "需求类型", "类型", "listing type", "type"),
    LISTING_TITLE_VI(Group.LISTING, "listing-title-vi", "san pham", "ten san pham", "mat hang", "san pham dich vu"),
    LISTING_TITLE_ZH(Group.LISTING, "listing-title-zh", "产品", "产品名称", "商品", "商品名称"),
    LISTING_TITLE_EN(Group.LISTING, "listing-title-en", "product", "product name", "products"),
    LISTING_DESCRIPTION_VI(Group.LISTING, "listing-description-vi", "mo ta san pham"),
    LISTING_DESCRIPTION_ZH(Group.LISTING, "listing-description-zh", "产品描述", "产品说明"),
    LISTING_DESCRIPTION_EN(Group.LISTING, "listing-description-en", "product description"),
    HS_CODES(Group.LISTING, "hs-codes", "ma hs", "hs", "hs code", "hs codes", "hs编码", "海关编码", "税则号"),
    QUANTITY(Group.LISTING, "quantity", "so luong", "san luong", "数量", "quantity", "volume"),
    UNIT(Group.LISTING, "unit", "don vi", "don vi tinh", "dvt", "单位", "unit");

    /** Which part of a row a field describes. */
    public enum Group {
        COMPANY,
        CONTACT,
        PARTICIPATION,
        LISTING
    }

    private final Group group;
    private final String key;
    private final List<String> aliases;

    ImportField(Group group, String key, String... aliases) {
        this.group = group;
        this.key = key;
        this.aliases = List.of(aliases);
    }

    public Group group() {
        return group;
    }

    /** The message key of the field's label, e.g. {@code import.field.tax-code}. */
    public String messageKey() {
        return "import.field." + key;
    }

    List<String> aliases() {
        return aliases;
    }

    boolean identifiesCompany() {
        return this == TAX_CODE || this == NAME_VI || this == NAME_ZH || this == NAME_EN || this == CONTACT_EMAIL;
    }
}
