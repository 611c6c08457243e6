package org.ketnoi.search;

import java.util.Locale;
import org.ketnoi.i18n.Language;

/** Field names of the search index, in one place for the document builder and the query side. */
final class SearchFields {

    /** "listing-12" or "company-7": the key documents are replaced and deleted by. */
    static final String KEY = "key";
    /** {@code listing} or {@code company}. */
    static final String TYPE = "type";

    static final String ID = "id";
    static final String COMPANY_ID = "company_id";
    static final String COMPANY_NAME = "company_name_";
    static final String HS_STORED = "hs";
    static final String TITLE_STORED = "title_stored_";
    static final String KIND_STORED = "kind_stored";
    static final String COUNTRY_STORED = "country_stored";
    /** Chinese text again as character pairs: smartcn keeps "咖啡豆" whole, so "咖啡" needs the pairs. */
    static final String ZH_PAIRS_TITLE = "title_zh_pairs";

    static final String ZH_PAIRS_TEXT = "text_zh_pairs";
    /** HS codes of every level a listing's codes imply: chapter, heading, subheading, national line. */
    static final String HS = "hs_any";

    static final String LISTING = "listing";
    static final String COMPANY = "company";

    private SearchFields() {}

    static String title(Language language) {
        return "title_" + language.code();
    }

    static String text(Language language) {
        return "text_" + language.code();
    }

    static String companyName(Language language) {
        return COMPANY_NAME + language.code();
    }

    static String facet(Facet facet) {
        return facet.name().toLowerCase(Locale.ROOT);
    }

    static String key(String type, long id) {
        return type + "-" + id;
    }
}
