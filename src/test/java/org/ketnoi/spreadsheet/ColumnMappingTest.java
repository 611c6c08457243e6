package org.ketnoi.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ketnoi.shared.InvalidInputException;

class ColumnMappingTest {

    private static final ColumnMapping.LabelSource NO_LABELS = (field, language) -> field.name();

    @Test
    void guess_readsVietnameseHeadersWithOrWithoutDiacritics() {
        ColumnMapping mapping = ColumnMapping.guess(
                List.of(
                        "STT",
                        "Tên doanh nghiệp",
                        "Ma so thue",
                        "Tỉnh/Thành phố",
                        "Người liên hệ",
                        "Email",
                        "Số điện thoại",
                        "Mã HS",
                        "Sản phẩm"),
                NO_LABELS);

        assertThat(mapping.columns())
                .isEqualTo(Map.of(
                        1, ImportField.NAME_VI,
                        2, ImportField.TAX_CODE,
                        3, ImportField.PROVINCE,
                        4, ImportField.CONTACT_PERSON,
                        5, ImportField.CONTACT_EMAIL,
                        6, ImportField.CONTACT_PHONE,
                        7, ImportField.HS_CODES,
                        8, ImportField.LISTING_TITLE_VI));
    }

    @Test
    void guess_readsChineseAndEnglishHeaders() {
        ColumnMapping mapping = ColumnMapping.guess(
                List.of("公司名称", "税号", "省份", "联系人", "联系电话（手机）", "Company name", "HS编码", "产品名称"), NO_LABELS);

        assertThat(mapping.columns())
                .isEqualTo(Map.of(
                        0, ImportField.NAME_ZH,
                        1, ImportField.TAX_CODE,
                        2, ImportField.PROVINCE,
                        3, ImportField.CONTACT_PERSON,
                        4, ImportField.CONTACT_PHONE,
                        5, ImportField.NAME_EN,
                        6, ImportField.HS_CODES,
                        7, ImportField.LISTING_TITLE_ZH));
    }

    @Test
    void guess_matchesLabelsExactlyAndGivesEachFieldOneColumn() {
        ColumnMapping mapping = ColumnMapping.guess(List.of("NAME_EN", "Company name", "TAX_CODE"), NO_LABELS);

        assertThat(mapping.columns()).isEqualTo(Map.of(0, ImportField.NAME_EN, 2, ImportField.TAX_CODE));
    }

    @Test
    void validated_needsANameAndAKeyAndEachFieldOnce() {
        assertThatThrownBy(() -> new ColumnMapping(Map.of(0, ImportField.TAX_CODE)).validated())
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.error.mapping-name-required"));
        assertThatThrownBy(() -> new ColumnMapping(Map.of(0, ImportField.NAME_VI)).validated())
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.error.mapping-key-required"));
        assertThatThrownBy(() -> new ColumnMapping(
                                Map.of(0, ImportField.NAME_VI, 1, ImportField.TAX_CODE, 2, ImportField.TAX_CODE))
                        .validated())
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.error.mapping-duplicate"));
    }

    @Test
    void numbers_acceptBothDecimalSeparators() {
        assertThat(ValueReader.number("1.200")).contains(new java.math.BigDecimal("1200"));
        assertThat(ValueReader.number("1,200")).contains(new java.math.BigDecimal("1200"));
        assertThat(ValueReader.number("1.200,5")).contains(new java.math.BigDecimal("1200.5"));
        assertThat(ValueReader.number("1,200.5")).contains(new java.math.BigDecimal("1200.5"));
        assertThat(ValueReader.number("19,2")).contains(new java.math.BigDecimal("19.2"));
        assertThat(ValueReader.number("abc")).isEmpty();
        assertThat(ValueReader.codes("0901.11, 0901 21; 090111")).containsExactly("0901.11", "0901 21", "090111");
    }
}
