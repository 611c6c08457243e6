package org.ketnoi.search;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.ketnoi.company.CompanySummary;
import org.ketnoi.i18n.Language;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.taxonomy.Certification;
import org.ketnoi.taxonomy.HsCode;
import org.ketnoi.taxonomy.Sector;
import org.ketnoi.taxonomy.SectorCatalog;

/**
 * Turns companies and listings into Lucene documents: the one place that decides what is searchable.
 * Every language's {@code text_*} field holds everything a document says in that language, its title
 * included, so a query needs one term per word; the {@code title_*} fields only add weight.
 */
final class SearchDocuments {

    private final SectorCatalog sectors;
    private final SearchLabels labels;

    SearchDocuments(SectorCatalog sectors, SearchLabels labels) {
        this.sectors = sectors;
        this.labels = labels;
    }

    /**
     * A company: its name, description, and the names of its sectors, certifications and province in
     * each language, so "cà phê" finds a coffee exporter whose name does not say so.
     */
    Document company(IndexedCompany indexed) {
        CompanySummary company = indexed.summary();
        Document doc = base(SearchFields.COMPANY, company.id().value(), company);
        for (Language language : Language.values()) {
            Optional<String> name = company.name().exactly(language);
            name.ifPresent(value -> title(doc, language, value));
            StringBuilder body = new StringBuilder(name.orElse(""));
            indexed.description()
                    .exactly(language)
                    .ifPresent(text -> body.append('\n').append(text));
            for (String sector : indexed.sectors()) {
                body.append('\n').append(labels.label(Facet.SECTOR, sector, language));
            }
            for (Certification certification : indexed.certifications()) {
                body.append('\n').append(labels.label(Facet.CERTIFICATION, certification.name(), language));
            }
            province(company)
                    .ifPresent(province -> body.append('\n').append(labels.label(Facet.PROVINCE, province, language)));
            body(doc, language, body.toString());
        }
        storeLocalized(doc, SearchFields.TITLE_STORED, company.name());
        kind(doc, SearchFields.COMPANY.toUpperCase(Locale.ROOT));
        new LinkedHashSet<>(indexed.sectors()).forEach(sector -> facet(doc, Facet.SECTOR, sector));
        for (Certification certification : indexed.certifications()) {
            facet(doc, Facet.CERTIFICATION, certification.name());
        }
        new LinkedHashSet<>(indexed.exportMarkets()).forEach(market -> facet(doc, Facet.MARKET, market));
        return doc;
    }

    Document listing(IndexedListing listing) {
        CompanySummary company = listing.company();
        Document doc = base(SearchFields.LISTING, listing.id(), company);
        for (Language language : Language.values()) {
            Optional<String> title = listing.title().exactly(language);
            title.ifPresent(value -> title(doc, language, value));
            String body = title.orElse("") + "\n"
                    + listing.description().exactly(language).orElse("") + "\n"
                    + company.name().exactly(language).orElse("");
            body(doc, language, body);
        }
        storeLocalized(doc, SearchFields.TITLE_STORED, listing.title());
        kind(doc, listing.kind().name());
        Set<String> sectorCodes = new LinkedHashSet<>();
        for (String digits : listing.hsCodes()) {
            doc.add(new StoredField(SearchFields.HS_STORED, digits));
            Optional<HsCode> code = HsCode.parse(digits);
            for (int length = 2; length <= digits.length(); length += 2) {
                doc.add(new StringField(SearchFields.HS, digits.substring(0, length), Field.Store.NO));
            }
            facet(doc, Facet.CHAPTER, digits.substring(0, 2));
            code.ifPresent(
                    hs -> sectors.sectorsOf(hs).stream().map(Sector::code).forEach(sectorCodes::add));
        }
        sectorCodes.forEach(sector -> facet(doc, Facet.SECTOR, sector));
        for (Certification certification : listing.certifications()) {
            facet(doc, Facet.CERTIFICATION, certification.name());
        }
        return doc;
    }

    private static Optional<String> province(CompanySummary company) {
        return Optional.ofNullable(company.provinceCode()).map(code -> company.country() + "-" + code);
    }

    private static Document base(String type, long id, CompanySummary company) {
        Document doc = new Document();
        doc.add(new StringField(SearchFields.KEY, SearchFields.key(type, id), Field.Store.NO));
        doc.add(new StringField(SearchFields.TYPE, type, Field.Store.YES));
        doc.add(new StoredField(SearchFields.ID, id));
        doc.add(new StringField(
                SearchFields.COMPANY_ID, Long.toString(company.id().value()), Field.Store.YES));
        storeLocalized(doc, SearchFields.COMPANY_NAME, company.name());
        facet(doc, Facet.COUNTRY, company.country());
        doc.add(new StoredField(SearchFields.COUNTRY_STORED, company.country()));
        province(company).ifPresent(province -> facet(doc, Facet.PROVINCE, province));
        return doc;
    }

    private static void kind(Document doc, String kind) {
        facet(doc, Facet.KIND, kind);
        doc.add(new StoredField(SearchFields.KIND_STORED, kind));
    }

    private static void title(Document doc, Language language, String value) {
        doc.add(new TextField(SearchFields.title(language), value, Field.Store.NO));
        if (language == Language.ZH) {
            doc.add(new TextField(SearchFields.ZH_PAIRS_TITLE, value, Field.Store.NO));
        }
    }

    private static void body(Document doc, Language language, String value) {
        if (value.isBlank()) {
            return;
        }
        // Stored for the snippets of the hits shown (SearchSnippets); the pairs field is the same text.
        doc.add(new TextField(SearchFields.text(language), value, Field.Store.YES));
        if (language == Language.ZH) {
            doc.add(new TextField(SearchFields.ZH_PAIRS_TEXT, value, Field.Store.NO));
        }
    }

    private static void storeLocalized(Document doc, String prefix, LocalizedText text) {
        for (Language language : Language.values()) {
            text.exactly(language).ifPresent(value -> doc.add(new StoredField(prefix + language.code(), value)));
        }
    }

    /** Indexed for filtering, doc values for counting. */
    private static void facet(Document doc, Facet facet, String value) {
        String field = SearchFields.facet(facet);
        doc.add(new StringField(field, value, Field.Store.NO));
        doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }
}
