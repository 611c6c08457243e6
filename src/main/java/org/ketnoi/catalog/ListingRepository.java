package org.ketnoi.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ketnoi.company.CompanyId;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.taxonomy.Certification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Stores listings; saving rewrites the child rows (HS codes, certifications, countries). */
@Repository
class ListingRepository {

    private static final String SELECT = "SELECT * FROM listing l ";

    private final JdbcClient jdbc;

    ListingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ListingId save(Listing listing, Instant now) {
        long id = listing.id().value();
        Map<String, @Nullable Object> columns = columns(listing, now);
        if (id == 0) {
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO listing (company_id, kind, status, title_vi, title_zh, title_en, description_vi,
                    description_zh, description_en, quantity, unit, minimum_order, incoterm, incoterm_place,
                    price_min, price_max, currency, valid_from, valid_until, created_at, updated_at)
                    VALUES (:company, :kind, :status, :tvi, :tzh, :ten, :dvi, :dzh, :den, :quantity, :unit,
                    :minimum, :incoterm, :place, :pmin, :pmax, :currency, :from, :until, :now, :now)""").params(columns).update(keys, "id");
            id = keys.getKeyAs(Long.class);
        } else {
            jdbc.sql("""
                    UPDATE listing SET kind = :kind, status = :status, title_vi = :tvi, title_zh = :tzh,
                    title_en = :ten, description_vi = :dvi, description_zh = :dzh, description_en = :den,
                    quantity = :quantity, unit = :unit, minimum_order = :minimum, incoterm = :incoterm,
                    incoterm_place = :place, price_min = :pmin, price_max = :pmax, currency = :currency,
                    valid_from = :from, valid_until = :until, updated_at = :now WHERE id = :id""").params(columns).param("id", id).update();
            for (String table : List.of("listing_hs_code", "listing_certification", "listing_target_country")) {
                jdbc.sql("DELETE FROM " + table + " WHERE listing_id = :id")
                        .param("id", id)
                        .update();
            }
        }
        insertChildren(id, listing.details());
        return new ListingId(id);
    }

    Optional<Listing> find(ListingId id) {
        return jdbc.sql(SELECT + "WHERE l.id = :id")
                .param("id", id.value())
                .query(this::row)
                .optional();
    }

    /** The listings of the companies, newest first; with {@code publishedOnly} no drafts or withdrawn. */
    List<Listing> ofCompanies(Collection<CompanyId> companies, boolean publishedOnly) {
        if (companies.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + "WHERE l.company_id IN (:companies)"
                        + (publishedOnly ? " AND l.status = 'PUBLISHED'" : "")
                        + " ORDER BY l.id DESC")
                .param("companies", companies.stream().map(CompanyId::value).toList())
                .query(this::row)
                .list();
    }

    List<Listing> allPublished() {
        return jdbc.sql(SELECT + "WHERE l.status = 'PUBLISHED' ORDER BY l.id")
                .query(this::row)
                .list();
    }

    private static Map<String, @Nullable Object> columns(Listing listing, Instant now) {
        ListingDetails d = listing.details();
        Map<String, @Nullable Object> map = new HashMap<>();
        map.put("company", listing.company().value());
        map.put("kind", d.kind().name());
        map.put("status", listing.status().name());
        map.put("tvi", d.title().vi());
        map.put("tzh", d.title().zh());
        map.put("ten", d.title().en());
        map.put("dvi", d.description().vi());
        map.put("dzh", d.description().zh());
        map.put("den", d.description().en());
        map.put("quantity", d.quantity());
        map.put("unit", d.unit() == null ? null : d.unit().name());
        map.put("minimum", d.minimumOrder());
        map.put("incoterm", d.incoterm() == null ? null : d.incoterm().name());
        map.put("place", d.incotermPlace());
        map.put("pmin", d.priceMin());
        map.put("pmax", d.priceMax());
        map.put("currency", d.currency() == null ? null : d.currency().name());
        map.put("from", d.validFrom());
        map.put("until", d.validUntil());
        map.put("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        return map;
    }

    private void insertChildren(long id, ListingDetails details) {
        int position = 0;
        for (String code : details.hsCodes()) {
            jdbc.sql("INSERT INTO listing_hs_code (listing_id, sort_order, code) VALUES (:id, :position, :code)")
                    .param("id", id)
                    .param("position", position++)
                    .param("code", code)
                    .update();
        }
        for (Certification certification : details.certifications()) {
            jdbc.sql("INSERT INTO listing_certification (listing_id, certification) VALUES (:id, :code)")
                    .param("id", id)
                    .param("code", certification.name())
                    .update();
        }
        for (String country : details.targetCountries()) {
            jdbc.sql("INSERT INTO listing_target_country (listing_id, country) VALUES (:id, :country)")
                    .param("id", id)
                    .param("country", country)
                    .update();
        }
    }

    private Listing row(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        ListingDetails details = new ListingDetails(
                ListingKind.valueOf(rs.getString("kind")),
                hsCodes(id),
                new LocalizedText(rs.getString("title_vi"), rs.getString("title_zh"), rs.getString("title_en")),
                new LocalizedText(
                        rs.getString("description_vi"), rs.getString("description_zh"), rs.getString("description_en")),
                rs.getBigDecimal("quantity"),
                rs.getString("unit") == null ? null : QuantityUnit.valueOf(rs.getString("unit")),
                rs.getBigDecimal("minimum_order"),
                rs.getString("incoterm") == null ? null : Incoterm.valueOf(rs.getString("incoterm")),
                rs.getString("incoterm_place"),
                rs.getBigDecimal("price_min"),
                rs.getBigDecimal("price_max"),
                rs.getString("currency") == null ? null : PriceCurrency.valueOf(rs.getString("currency")),
                certifications(id),
                countries(id),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_until", LocalDate.class));
        return new Listing(
                id, new CompanyId(rs.getLong("company_id")), details, ListingStatus.valueOf(rs.getString("status")));
    }

    private List<String> hsCodes(long id) {
        return jdbc.sql("SELECT code FROM listing_hs_code WHERE listing_id = :id ORDER BY sort_order")
                .param("id", id)
                .query(String.class)
                .list();
    }

    private List<Certification> certifications(long id) {
        return jdbc
                .sql("SELECT certification FROM listing_certification WHERE listing_id = :id")
                .param("id", id)
                .query(String.class)
                .list()
                .stream()
                .map(Certification::valueOf)
                .sorted()
                .toList();
    }

    private List<String> countries(long id) {
        return jdbc.sql("SELECT country FROM listing_target_country WHERE listing_id = :id ORDER BY country")
                .param("id", id)
                .query(String.class)
                .list();
    }
}
