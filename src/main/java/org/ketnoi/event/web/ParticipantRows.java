package org.ketnoi.event.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.ketnoi.company.CompanyId;
import org.ketnoi.company.CompanyService;
import org.ketnoi.company.CompanySummary;
import org.ketnoi.event.ConnectionPoint;
import org.ketnoi.event.Event;
import org.ketnoi.event.Participation;
import org.ketnoi.i18n.Language;
import org.ketnoi.taxonomy.Country;
import org.ketnoi.taxonomy.Geography;
import org.springframework.stereotype.Component;

/** Turns registrations into rows with names in one language, for the pages and the API. */
@Component
class ParticipantRows {

    /** One registration as the directory shows it; names already in the reader's language. */
    record Row(
            Participation participation,
            CompanySummary company,
            String companyName,
            @Nullable String provinceName,
            String connectionPointName) {}

    private final CompanyService companies;
    private final Geography geography;

    ParticipantRows(CompanyService companies, Geography geography) {
        this.companies = companies;
        this.geography = geography;
    }

    List<Row> rows(Event event, List<Participation> participations, Language language) {
        Map<CompanyId, CompanySummary> byId =
                companies
                        .findAll(participations.stream()
                                .map(Participation::company)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(CompanySummary::id, Function.identity()));
        Map<Long, ConnectionPoint> points =
                event.connectionPoints().stream().collect(Collectors.toMap(ConnectionPoint::id, Function.identity()));
        return participations.stream()
                .filter(p -> byId.containsKey(p.company()))
                .map(p -> {
                    CompanySummary company = byId.get(p.company());
                    ConnectionPoint point = points.get(p.connectionPoint());
                    return new Row(
                            p,
                            company,
                            company.name().in(language),
                            province(company, language),
                            point == null ? "" : point.name().in(language));
                })
                .toList();
    }

    private @Nullable String province(CompanySummary company, Language language) {
        String code = company.provinceCode();
        if (code == null) {
            return null;
        }
        return Country.fromCode(company.country())
                .flatMap(country -> geography.province(country, code))
                .map(province -> province.name().in(language))
                .orElse(null);
    }
}
