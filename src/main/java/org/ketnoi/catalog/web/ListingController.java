package org.ketnoi.catalog.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.catalog.Listing;
import org.ketnoi.catalog.ListingId;
import org.ketnoi.catalog.ListingService;
import org.ketnoi.company.CompanyId;
import org.ketnoi.company.CompanyService;
import org.ketnoi.company.CompanySummary;
import org.ketnoi.shared.ConflictException;
import org.ketnoi.shared.ForbiddenException;
import org.ketnoi.shared.FormErrors;
import org.ketnoi.shared.InvalidInputException;
import org.ketnoi.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The catalogue pages: the user's listings, the create/edit form, publish and withdraw, and the
 * public page of a listing (drafts only for the company's members, others get 404).
 */
@Controller
class ListingController {

    private final ListingService listings;
    private final CompanyService companies;
    private final ListingViews views;
    private final ListingFormPage formPage;
    private final MessageSource messages;

    ListingController(
            ListingService listings,
            CompanyService companies,
            ListingViews views,
            ListingFormPage formPage,
            MessageSource messages) {
        this.listings = listings;
        this.companies = companies;
        this.views = views;
        this.formPage = formPage;
        this.messages = messages;
    }

    @GetMapping("/my/listings")
    String mine(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("listings", views.of(listings.ofMyCompanies(user)));
        model.addAttribute("companies", companies.companiesOf(user.id()));
        return "catalog/my-listings";
    }

    /** A company's listings: published ones for everyone, drafts too for its members; htmx gets the list alone. */
    @GetMapping("/companies/{companyId}/listings")
    String ofCompany(
            @PathVariable long companyId,
            @AuthenticationPrincipal @Nullable AccountUser user,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        CompanySummary company = companies
                .find(new CompanyId(companyId))
                .orElseThrow(() -> new NotFoundException("catalog.error.company-not-found"));
        model.addAttribute("company", company);
        model.addAttribute("listings", views.of(listings.ofCompany(company.id(), user)));
        return htmx == null ? "catalog/company-listings" : "catalog/company-listings :: listings";
    }

    @GetMapping("/companies/{companyId}/listings/new")
    String createForm(@PathVariable long companyId, @AuthenticationPrincipal AccountUser user, Model model) {
        CompanySummary company = ownCompany(new CompanyId(companyId), user);
        return formPage.render(model, ListingForm.empty(), Map.of(), company, null);
    }

    @PostMapping("/companies/{companyId}/listings")
    String create(
            @PathVariable long companyId,
            @ModelAttribute("form") ListingForm form,
            BindingResult result,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        CompanySummary company = ownCompany(new CompanyId(companyId), user);
        Map<String, String> errors = errors(form, result);
        if (!errors.isEmpty()) {
            return formPage.render(model, form, errors, company, null);
        }
        try {
            ListingId id = listings.create(company.id(), form.details(), user);
            return "redirect:/listings/" + id.value() + "?saved";
        } catch (InvalidInputException e) {
            return formPage.render(model, form, FormErrors.of(e, messages, locale()), company, null);
        }
    }

    @GetMapping("/listings/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal @Nullable AccountUser user, Model model) {
        return page(model, listings.get(new ListingId(id), user), user, null);
    }

    @GetMapping("/listings/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal AccountUser user, Model model) {
        Listing listing = editable(id, user);
        CompanySummary company = companies.find(listing.company()).orElseThrow();
        return formPage.render(model, ListingForm.of(listing.details()), Map.of(), company, listing);
    }

    @PostMapping("/listings/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") ListingForm form,
            BindingResult result,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        Listing listing = editable(id, user);
        CompanySummary company = companies.find(listing.company()).orElseThrow();
        Map<String, String> errors = errors(form, result);
        if (!errors.isEmpty()) {
            return formPage.render(model, form, errors, company, listing);
        }
        try {
            listings.update(listing.id(), form.details(), user);
            return "redirect:/listings/" + id + "?saved";
        } catch (InvalidInputException e) {
            return formPage.render(model, form, FormErrors.of(e, messages, locale()), company, listing);
        } catch (ConflictException e) {
            return formPage.render(model, form, Map.of("form", text(e)), company, listing);
        }
    }

    @PostMapping("/listings/{id}/publish")
    String publish(
            @PathVariable long id,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            HttpServletResponse response) {
        return transition(id, user, model, response, true);
    }

    @PostMapping("/listings/{id}/withdraw")
    String withdraw(
            @PathVariable long id,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            HttpServletResponse response) {
        return transition(id, user, model, response, false);
    }

    private String transition(long id, AccountUser user, Model model, HttpServletResponse response, boolean publish) {
        Listing listing = editable(id, user);
        try {
            if (publish) {
                listings.publish(listing.id(), user);
            } else {
                listings.withdraw(listing.id(), user);
            }
            return "redirect:/listings/" + id;
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(model, listing, user, text(e));
        }
    }

    private String page(Model model, Listing listing, @Nullable AccountUser user, @Nullable String problem) {
        model.addAttribute("view", views.of(listing));
        model.addAttribute("canEdit", listings.canEdit(listing, user));
        model.addAttribute("problem", problem);
        return "catalog/listing";
    }

    private Listing editable(long id, AccountUser user) {
        Listing listing = listings.get(new ListingId(id), user);
        if (!listings.canEdit(listing, user)) {
            throw new ForbiddenException("catalog.error.members-only");
        }
        return listing;
    }

    private CompanySummary ownCompany(CompanyId id, AccountUser user) {
        CompanySummary company =
                companies.find(id).orElseThrow(() -> new NotFoundException("catalog.error.company-not-found"));
        if (!companies.isMember(user.id(), id)) {
            throw new ForbiddenException("catalog.error.members-only");
        }
        return company;
    }

    private Map<String, String> errors(ListingForm form, BindingResult result) {
        Map<String, String> errors = new LinkedHashMap<>(FormErrors.of(result, messages, locale()));
        if (form.kind() == null) {
            errors.putIfAbsent("kind", messages.getMessage("catalog.error.kind-required", null, locale()));
        }
        return errors;
    }

    private String text(ConflictException e) {
        return messages.getMessage(e.messageKey(), e.arguments(), locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
