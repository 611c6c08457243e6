package org.ketnoi.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Every certification, sector and country has its own text in each of the three languages. */
class TaxonomyMessagesTests {

    private final Properties vi = load("vi");
    private final Properties zh = load("zh");
    private final Properties en = load("en");

    @Test
    void everyCertification_hasThreeTranslatedNamesAndHelps() {
        for (Certification certification : Certification.values()) {
            assertTranslated(certification.nameKey());
            assertTranslated(certification.helpKey());
        }
        assertThat(vi.getProperty(Certification.OCOP_5.nameKey())).isEqualTo("OCOP 5 sao");
        assertThat(zh.getProperty(Certification.OCOP_5.nameKey())).isEqualTo("OCOP 五星");
        assertThat(en.getProperty(Certification.OCOP_5.nameKey())).isEqualTo("OCOP 5 stars");
    }

    @Test
    void everySector_hasThreeTranslatedNames() {
        for (Sector sector : SectorCatalog.load().defaults()) {
            assertTranslated(sector.messageKey());
        }
        assertThat(zh.getProperty("taxonomy.sector.fruit")).isEqualTo("榴莲及新鲜水果");
    }

    @Test
    void everyCountry_hasThreeTranslatedNames() {
        for (Country country : Country.values()) {
            assertTranslated(country.messageKey());
        }
    }

    private void assertTranslated(String key) {
        assertThat(vi.getProperty(key)).as("vi " + key).isNotBlank();
        assertThat(zh.getProperty(key)).as("zh " + key).isNotBlank();
        assertThat(en.getProperty(key)).as("en " + key).isNotBlank();
        // Chinese must actually be written in Chinese characters, not copied from English.
        assertThat(zh.getProperty(key).equals(en.getProperty(key)) && !isBrandName(key))
                .as("zh differs from en " + key)
                .isFalse();
    }

    // International scheme names stay as they are in every language.
    private static boolean isBrandName(String key) {
        return key.matches("taxonomy\\.certification\\.(haccp|iso_22000|fssc_22000|iso_9001)\\.name");
    }

    private static Properties load(String language) {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                new ClassPathResource("messages/messages_" + language + ".properties").getInputStream(),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
