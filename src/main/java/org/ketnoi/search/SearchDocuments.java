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
 * When company profiles gain a description, sectors and certifications, {@link #company} adds them
 * the same way {@link #listing} does.
 */
final class SearchDocuments {

    private final SectorCatalog sectors;

    SearchDocuments(SectorCatalog sectors) {
        this.sectors = sectors;
    }

    Document company(CompanySummary company) {
        Document doc = base(SearchFields.COMPANY, company.id().value(), company);
        for (Language language : Language.values()) {
            company.name().exactly(language).ifPresent(name -> text(doc, SearchFields.title(language), name));
        }
        storeLocalized(doc, SearchFields.TITLE_STORED, company.name());
        kind(doc, SearchFields.COMPANY.toUpperCase(Locale.ROOT));
        return doc;
    }

    Document listing(IndexedListing listing) {
        CompanySummary company = listing.company();
        Document doc = base(SearchFields.LISTING, listing.id(), company);
        for (Language language : Language.values()) {
            listing.title().exactly(language).ifPresent(title -> text(doc, SearchFields.title(language), title));
            String body = listing.description().exactly(language).orElse("") + "\n"
                    + company.name().exactly(language).orElse("");
            if (!body.isBlank()) {
                text(doc, SearchFields.text(language), body);
            }
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
        if (company.provinceCode() != null) {
            facet(doc, Facet.PROVINCE, company.country() + "-" + company.provinceCode());
        }
        return doc;
    }

    private static void kind(Document doc, String kind) {
        facet(doc, Facet.KIND, kind);
        doc.add(new StoredField(SearchFields.KIND_STORED, kind));
    }

    private static void text(Document doc, String field, String value) {
        doc.add(new TextField(field, value, Field.Store.NO));
        if (field.equals(SearchFields.title(Language.ZH))) {
            doc.add(new TextField(SearchFields.ZH_PAIRS_TITLE, value, Field.Store.NO));
        } else if (field.equals(SearchFields.text(Language.ZH))) {
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
