package org.ketnoi.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocalizedTextTests {

    @Test
    void in_givesTheReadersOwnLanguageWhenWritten() {
        LocalizedText text = new LocalizedText("Cà phê", "咖啡", "Coffee");
        assertThat(text.in(Language.VI)).isEqualTo("Cà phê");
        assertThat(text.in(Language.ZH)).isEqualTo("咖啡");
        assertThat(text.in(Language.EN)).isEqualTo("Coffee");
    }

    @Test
    void in_fallsBackToEnglishThenVietnameseThenChinese() {
        assertThat(new LocalizedText("Sầu riêng", null, "Durian").in(Language.ZH))
                .isEqualTo("Durian");
        assertThat(new LocalizedText("Sầu riêng", null, null).in(Language.ZH)).isEqualTo("Sầu riêng");
        assertThat(new LocalizedText(null, "榴莲", null).in(Language.EN)).isEqualTo("榴莲");
        assertThat(new LocalizedText(null, "榴莲", null).languageFor(Language.VI)).contains(Language.ZH);
    }

    @Test
    void blankValues_countAsAbsent() {
        LocalizedText text = new LocalizedText("  ", "", " Hồ tiêu ");
        assertThat(text.vi()).isNull();
        assertThat(text.zh()).isNull();
        assertThat(text.en()).isEqualTo("Hồ tiêu");
        assertThat(LocalizedText.empty().isEmpty()).isTrue();
        assertThat(LocalizedText.empty().in(Language.VI)).isEmpty();
        assertThat(LocalizedText.empty().languageFor(Language.VI)).isEqualTo(Optional.empty());
    }

    @Test
    void fromTag_readsTagsLeniently() {
        assertThat(Language.fromTag("zh")).contains(Language.ZH);
        assertThat(Language.fromTag("zh-CN")).contains(Language.ZH);
        assertThat(Language.fromTag("zh_Hans")).contains(Language.ZH);
        assertThat(Language.fromTag("VI")).contains(Language.VI);
        assertThat(Language.fromTag("en-GB")).contains(Language.EN);
        assertThat(Language.fromTag("fr")).isEmpty();
        assertThat(Language.fromTag(" ")).isEmpty();
    }
}
