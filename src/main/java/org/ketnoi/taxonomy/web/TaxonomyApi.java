package org.ketnoi.taxonomy.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.ketnoi.i18n.Language;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.taxonomy.Certification;
import org.ketnoi.taxonomy.Country;
import org.ketnoi.taxonomy.Geography;
import org.ketnoi.taxonomy.HsCode;
import org.ketnoi.taxonomy.HsEntry;
import org.ketnoi.taxonomy.HsLevel;
import org.ketnoi.taxonomy.HsNomenclature;
import org.ketnoi.taxonomy.HsSection;
import org.ketnoi.taxonomy.Province;
import org.ketnoi.taxonomy.SectorCatalog;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read-only reference data for clients: HS codes, provinces, sectors and certifications, with names in
 * the language asked for by {@code ?lang=} (or the usual locale resolution).
 */
@RestController
@RequestMapping("/api/v1")
class TaxonomyApi {

    private final HsNomenclature hs;
    private final Geography geography;
    private final SectorCatalog sectors;
    private final MessageSource messages;

    TaxonomyApi(HsNomenclature hs, Geography geography, SectorCatalog sectors, MessageSource messages) {
        this.hs = hs;
        this.geography = geography;
        this.sectors = sectors;
        this.messages = messages;
    }

    record Ref(
            String code,
            String display,
            String level,
            @Nullable String country,
            String name) {}

    record Node(
            String code,
            String display,
            String level,
            @Nullable String country,
            String name,
            Map<String, String> names,
            List<Ref> path,
            List<Ref> children) {}

    record ProvinceJson(String code, String name, String fullName, String country) {}

    record SectorJson(String code, String name, List<String> hsCodes) {}

    record CertificationJson(String code, String name, String help) {}

    /** One code with its path from the section down and its children (national lines under a subheading). */
    @GetMapping("/hs/{code}")
    Node hsCode(@PathVariable String code, @RequestParam(required = false) @Nullable String country, Locale locale) {
        Language language = Language.of(locale);
        HsEntry entry = (country == null ? hs.find(code) : hs.find(code, country(country)))
                .orElseThrow(() -> HsCode.parse(code).isPresent()
                        ? new TaxonomyProblem(HttpStatus.NOT_FOUND, "taxonomy.hs.not-found", code)
                        : new TaxonomyProblem(HttpStatus.BAD_REQUEST, "taxonomy.hs.invalid", code));
        HsCode found = entry.code();
        List<Ref> path = new ArrayList<>();
        hs.section(found).ifPresent(section -> path.add(ref(section, language)));
        hs.path(found).forEach(step -> path.add(ref(step, language)));
        List<HsEntry> children = new ArrayList<>(hs.children(found));
        if (found.level() == HsLevel.SUBHEADING) {
            Arrays.stream(Country.values()).forEach(tariff -> children.addAll(hs.nationalLines(found, tariff)));
        }
        Ref self = ref(entry, language);
        return new Node(
                self.code(),
                self.display(),
                self.level(),
                self.country(),
                self.name(),
                names(entry.name()),
                path,
                children.stream().map(child -> ref(child, language)).toList());
    }

    @GetMapping("/provinces")
    List<ProvinceJson> provinces(@RequestParam(required = false) @Nullable String country, Locale locale) {
        Language language = Language.of(locale);
        List<Country> countries = country == null ? List.of(Country.values()) : List.of(country(country));
        return countries.stream()
                .flatMap(each -> geography.provinces(each).stream())
                .map(province -> provinceJson(province, language))
                .toList();
    }

    @GetMapping("/sectors")
    List<SectorJson> sectors(Locale locale) {
        return sectors.defaults().stream()
                .map(sector -> new SectorJson(
                        sector.code(),
                        messages.getMessage(sector.messageKey(), null, locale),
                        sector.hsCodes().stream().map(HsCode::digits).toList()))
                .toList();
    }

    @GetMapping("/certifications")
    List<CertificationJson> certifications(Locale locale) {
        return Arrays.stream(Certification.values())
                .map(certification -> new CertificationJson(
                        certification.name(),
                        messages.getMessage(certification.nameKey(), null, locale),
                        messages.getMessage(certification.helpKey(), null, locale)))
                .toList();
    }

    private static Country country(String code) {
        return Country.fromCode(code)
                .orElseThrow(() -> new TaxonomyProblem(HttpStatus.BAD_REQUEST, "taxonomy.country.invalid", code));
    }

    private static Ref ref(HsEntry entry, Language language) {
        HsCode code = entry.code();
        Country country = code.country();
        return new Ref(
                code.digits(),
                code.display(),
                code.level().code(),
                country == null ? null : country.name(),
                entry.name().in(language));
    }

    private static Ref ref(HsSection section, Language language) {
        return new Ref(
                section.roman(),
                section.roman(),
                "section",
                null,
                section.name().in(language));
    }

    private static ProvinceJson provinceJson(Province province, Language language) {
        return new ProvinceJson(
                province.code(),
                province.name().in(language),
                province.fullName().in(language),
                province.country().name());
    }

    private static Map<String, String> names(LocalizedText text) {
        Map<String, String> names = new TreeMap<>();
        text.asMap().forEach((language, value) -> names.put(language.code(), value));
        return names;
    }
}
