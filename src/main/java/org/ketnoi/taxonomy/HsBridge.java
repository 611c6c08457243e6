package org.ketnoi.taxonomy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Bridging words from Chinese and Vietnamese to English, so that a query reaches HS names that exist
 * only in English (headings, UN subheading texts) or in the other national tariff. The word lists are
 * trimmed copies of CC-CEDICT and English Wiktionary kept to English words that occur in the HS texts,
 * a Chinese–Vietnamese list from PanLex kept to Vietnamese words of the tariff, and a small trade
 * glossary written for Kết Nối (see taxonomy/dict/*&#47;SOURCE.md).
 */
final class HsBridge {

    private static final String BASE = "taxonomy/dict/";
    private static final int LONGEST_VI_WORD = 3;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Punct}]+");

    private final Map<String, String> chineseToEnglish;
    private final Map<String, String> vietnameseToEnglish;
    private final Map<String, String> glossary;
    private final Map<String, String> chineseToVietnamese;

    private HsBridge(
            Map<String, String> chinese,
            Map<String, String> vietnamese,
            Map<String, String> glossary,
            Map<String, String> chineseToVietnamese) {
        this.chineseToEnglish = chinese;
        this.vietnameseToEnglish = vietnamese;
        this.glossary = glossary;
        this.chineseToVietnamese = chineseToVietnamese;
    }

    static HsBridge load() {
        Map<String, String> chinese = read("cc-cedict/zh-en.tsv");
        Map<String, String> vietnamese = new HashMap<>();
        read("wiktionary/vi-en.tsv").forEach((word, english) -> addVietnamese(vietnamese, word, english));
        Map<String, String> glossary = new HashMap<>();
        read("glossary/trade-glossary.tsv").forEach((term, english) -> {
            glossary.put(term, english);
            glossary.put(fold(term), english);
        });
        Map<String, String> chineseToVietnamese = read("panlex/zh-vi.tsv");
        return new HsBridge(chinese, vietnamese, glossary, chineseToVietnamese);
    }

    private static void addVietnamese(Map<String, String> vietnamese, String word, String english) {
        vietnamese.put(word, english);
        vietnamese.merge(fold(word), english, (first, second) -> first);
    }

    /** English words for the Chinese words of a query (consecutive words joined, longest first). */
    String fromChinese(List<String> words) {
        return lookUp(words, chineseToEnglish, "", words.size());
    }

    /**
     * Vietnamese words for the Chinese words of a query (up to three senses each), to reach Vietnam's
     * tariff texts: the Vietnamese path of a subheading is often its richest description.
     */
    String vietnameseFromChinese(List<String> words) {
        return lookUp(words, chineseToVietnamese, "", words.size());
    }

    /**
     * English words for the trade terms of a query ("cà phê nhân", "腰果仁", "green coffee"); they
     * weigh as much as the query's own words, since they hold the sense traders mean.
     */
    String fromGlossary(String text, List<String> chineseWords) {
        return HsAnalyzers.isChinese(text)
                ? lookUp(chineseWords, glossary, "", chineseWords.size())
                : fromSyllables(text, glossary);
    }

    /** English words for a Vietnamese query, matched on one to three syllables, with or without tones. */
    String fromVietnamese(String text) {
        return fromSyllables(text, vietnameseToEnglish);
    }

    private static String fromSyllables(String text, Map<String, String> dictionary) {
        List<String> syllables =
                List.of(SPACES.split(text.toLowerCase(Locale.ROOT).strip()));
        String exact = lookUp(syllables, dictionary, " ", LONGEST_VI_WORD);
        List<String> folded = syllables.stream().map(HsBridge::fold).toList();
        return exact + " " + lookUp(folded, dictionary, " ", LONGEST_VI_WORD);
    }

    /** Greedy longest match: "咖啡豆" gives "coffee beans" rather than also the many senses of "豆". */
    private static String lookUp(List<String> words, Map<String, String> dictionary, String joiner, int longest) {
        Set<String> english = new LinkedHashSet<>();
        int start = 0;
        while (start < words.size()) {
            int next = start + 1;
            for (int end = Math.min(words.size(), start + longest); end > start; end--) {
                String translation = dictionary.get(String.join(joiner, words.subList(start, end)));
                if (translation != null) {
                    english.add(translation);
                    next = end;
                    break;
                }
            }
            start = next;
        }
        return String.join(" ", english);
    }

    static String fold(String vietnamese) {
        String stripped = Normalizer.normalize(vietnamese, Normalizer.Form.NFD);
        return MARKS.matcher(stripped).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
    }

    private static Map<String, String> read(String file) {
        InputStream in = HsBridge.class.getClassLoader().getResourceAsStream(BASE + file);
        if (in == null) {
            throw new IllegalStateException("Missing " + BASE + file);
        }
        Map<String, String> map = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    map.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
