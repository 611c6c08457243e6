package org.ketnoi.taxonomy.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ketnoi.i18n.Language;
import org.ketnoi.taxonomy.Country;
import org.ketnoi.taxonomy.HsCode;
import org.ketnoi.taxonomy.HsEntry;
import org.ketnoi.taxonomy.HsLevel;
import org.ketnoi.taxonomy.HsNomenclature;
import org.ketnoi.taxonomy.HsSection;
import org.ketnoi.taxonomy.HsSuggester;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The public HS browser: sections and chapters, one page per code, a code box with htmx suggestions. */
@Controller
class HsController {

    private static final int SUGGESTIONS = 12;

    private final HsNomenclature hs;
    private final HsSuggester suggester;

    HsController(HsNomenclature hs, HsSuggester suggester) {
        this.hs = hs;
        this.suggester = suggester;
    }

    record SectionView(HsSection section, List<HsEntry> chapters) {}

    @GetMapping("/hs")
    String index(Model model) {
        model.addAttribute(
                "sections",
                hs.sections().stream()
                        .map(section -> new SectionView(section, hs.chapters(section)))
                        .toList());
        model.addAttribute("languages", Language.values());
        return "taxonomy/hs-index";
    }

    /** The code box without JavaScript: straight to the code's page, or a page saying why not. */
    @GetMapping("/hs/find")
    String find(@RequestParam(defaultValue = "") String code, Model model, HttpServletResponse response) {
        Optional<HsEntry> entry = hs.find(code);
        if (entry.isPresent()) {
            return "redirect:" + href(entry.get().code());
        }
        return missing(code, model, response);
    }

    @GetMapping("/hs/suggest")
    String suggest(@RequestParam(defaultValue = "") String code, Model model) {
        model.addAttribute("query", code.strip());
        model.addAttribute("suggestions", hs.searchByPrefix(code, SUGGESTIONS));
        return "taxonomy/hs-fragments :: suggestions";
    }

    /** Subheadings for a product described in free text (the htmx fragment of hs-suggest.html). */
    @GetMapping("/hs/classify")
    String classify(@RequestParam(defaultValue = "") String q, Locale locale, Model model) {
        model.addAttribute("query", q.strip());
        model.addAttribute("suggestions", suggester.suggest(q, Language.of(locale), HsSuggestApi.DEFAULT_LIMIT));
        return "taxonomy/hs-suggest :: results";
    }

    @GetMapping("/hs/{code}")
    String detail(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String country,
            Model model,
            HttpServletResponse response) {
        Optional<Country> tariff = country == null ? Optional.of(Country.VN) : Country.fromCode(country);
        if (tariff.isEmpty()) {
            return problem(HttpStatus.BAD_REQUEST, "taxonomy.country.invalid", country, model, response);
        }
        Optional<HsEntry> entry = country == null ? hs.find(code) : hs.find(code, tariff.get());
        if (entry.isEmpty()) {
            return missing(code, model, response);
        }
        HsCode found = entry.get().code();
        model.addAttribute("entry", entry.get());
        model.addAttribute("path", hs.path(found));
        model.addAttribute("section", hs.section(found).orElseThrow());
        model.addAttribute("children", hs.children(found));
        model.addAttribute("lines", nationalLines(found));
        model.addAttribute("languages", Language.values());
        return "taxonomy/hs-detail";
    }

    private Map<Country, List<HsEntry>> nationalLines(HsCode code) {
        Map<Country, List<HsEntry>> lines = new LinkedHashMap<>();
        if (code.level() == HsLevel.SUBHEADING) {
            for (Country country : Country.values()) {
                lines.put(country, hs.nationalLines(code, country));
            }
        }
        return lines;
    }

    private String missing(String code, Model model, HttpServletResponse response) {
        return HsCode.parse(code).isPresent()
                ? problem(HttpStatus.NOT_FOUND, "taxonomy.hs.not-found", code, model, response)
                : problem(HttpStatus.BAD_REQUEST, "taxonomy.hs.invalid", code, model, response);
    }

    private static String problem(
            HttpStatus status, String messageKey, String argument, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("messageKey", messageKey);
        model.addAttribute("argument", argument);
        return "taxonomy/hs-missing";
    }

    /** The page of a code; national lines name their tariff so Vietnam's and China's stay apart. */
    static String href(HsCode code) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/hs/{code}");
        if (code.country() != null) {
            uri.queryParam("country", code.country().name());
        }
        return uri.buildAndExpand(code.digits()).toUriString();
    }
}
