package org.ketnoi.catalog.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ketnoi.catalog.Incoterm;
import org.ketnoi.catalog.Listing;
import org.ketnoi.catalog.ListingKind;
import org.ketnoi.catalog.PriceCurrency;
import org.ketnoi.catalog.QuantityUnit;
import org.ketnoi.company.CompanySummary;
import org.ketnoi.taxonomy.Certification;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the model of the listing form with its choices; shared by create and edit. */
@Component
class ListingFormPage {

    String render(
            Model model,
            ListingForm form,
            Map<String, String> errors,
            CompanySummary company,
            @Nullable Listing listing) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("company", company);
        model.addAttribute("listing", listing);
        model.addAttribute("kinds", List.of(ListingKind.values()));
        model.addAttribute("units", List.of(QuantityUnit.values()));
        model.addAttribute("incoterms", List.of(Incoterm.values()));
        model.addAttribute("currencies", List.of(PriceCurrency.values()));
        model.addAttribute("certifications", List.of(Certification.values()));
        return "catalog/form";
    }
}
