package org.ketnoi.company.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.account.Role;
import org.ketnoi.company.CompanyClaims;
import org.ketnoi.company.CompanyId;
import org.ketnoi.company.CompanyInvitation;
import org.ketnoi.company.CompanyProfile;
import org.ketnoi.company.CompanyService;
import org.ketnoi.company.EmployeeBand;
import org.ketnoi.company.RevenueBand;
import org.ketnoi.i18n.Language;
import org.ketnoi.taxonomy.Certification;
import org.ketnoi.taxonomy.Country;
import org.ketnoi.taxonomy.Geography;
import org.ketnoi.taxonomy.SectorCatalog;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the models of the company pages, so the controller stays a list of routes. */
@Component
class CompanyPage {

    /** What the profile page shows besides the profile: names resolved in the reader's language. */
    record View(
            CompanyProfile profile,
            String countryName,
            @Nullable String provinceName,
            List<String> exportMarketNames,
            boolean canEdit,
            boolean canVerify,
            boolean canInvite,
            List<CompanyInvitation> invitations) {}

    private final CompanyService companies;
    private final CompanyClaims claims;
    private final Geography geography;
    private final SectorCatalog sectors;

    CompanyPage(CompanyService companies, CompanyClaims claims, Geography geography, SectorCatalog sectors) {
        this.companies = companies;
        this.claims = claims;
        this.geography = geography;
        this.sectors = sectors;
    }

    String profile(Model model, CompanyId id, @Nullable AccountUser user) {
        CompanyProfile profile = companies.profile(id, user);
        Language language = Language.of(LocaleContextHolder.getLocale());
        String country = profile.details().country();
        String province = profile.details().provinceCode() == null
                ? null
                : Country.fromCode(country)
                        .flatMap(c -> geography.province(c, profile.details().provinceCode()))
                        .map(p -> p.name().in(language))
                        .orElse(null);
        List<String> markets = profile.details().exportMarkets().stream()
                .map(CompanyPage::countryName)
                .toList();
        boolean canVerify = user != null && (user.is(Role.ORGANISER) || user.is(Role.ADMIN));
        boolean canInvite = claims.canInvite(id, user);
        List<CompanyInvitation> invitations = canInvite && user != null ? claims.open(id, user) : List.of();
        model.addAttribute(
                "view",
                new View(
                        profile,
                        countryName(country),
                        province,
                        markets,
                        companies.canEdit(id, user),
                        canVerify,
                        canInvite,
                        invitations));
        return "company/profile";
    }

    /** The country's name in the reader's language, from the JDK's locale data. */
    static String countryName(String code) {
        Locale locale = LocaleContextHolder.getLocale();
        String name = Locale.of("", code).getDisplayCountry(locale);
        return name.isBlank() ? code : name;
    }

    String form(
            Model model,
            CompanyForm form,
            Map<String, String> errors,
            @Nullable CompanyId id,
            @Nullable AccountUser user) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("companyId", id == null ? null : id.value());
        model.addAttribute("countries", Country.values());
        model.addAttribute("provincesVn", geography.provinces(Country.VN));
        model.addAttribute("provincesCn", geography.provinces(Country.CN));
        model.addAttribute("sectors", sectors.defaults());
        model.addAttribute("certifications", Certification.values());
        model.addAttribute("employeeBands", EmployeeBand.values());
        model.addAttribute("revenueBands", RevenueBand.values());
        model.addAttribute("languages", Arrays.asList(Language.values()));
        if (id != null && user != null) {
            model.addAttribute("members", companies.members(id, user));
            model.addAttribute(
                    "isOwner",
                    user.is(Role.ADMIN)
                            || companies
                                    .roleOf(user.id(), id)
                                    .filter(r -> r == org.ketnoi.company.CompanyRole.OWNER)
                                    .isPresent());
        }
        return "company/form";
    }
}
