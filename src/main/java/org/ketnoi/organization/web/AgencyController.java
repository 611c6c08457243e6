package org.ketnoi.organization.web;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.account.Role;
import org.ketnoi.account.UserId;
import org.ketnoi.organization.Agency;
import org.ketnoi.organization.AgencyId;
import org.ketnoi.organization.AgencyKind;
import org.ketnoi.organization.Countries;
import org.ketnoi.organization.OrganizationService;
import org.ketnoi.shared.ForbiddenException;
import org.ketnoi.shared.FormErrors;
import org.ketnoi.shared.InvalidInputException;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Admin pages: agencies, and their staff by e-mail. */
@Controller
@RequestMapping("/manage/agencies")
class AgencyController {

    private final OrganizationService organizations;
    private final MessageSource messages;

    AgencyController(OrganizationService organizations, MessageSource messages) {
        this.organizations = organizations;
        this.messages = messages;
    }

    @GetMapping
    String list(@AuthenticationPrincipal AccountUser user, Model model) {
        requireAdmin(user);
        model.addAttribute("agencies", organizations.all());
        return "organization/agencies";
    }

    @GetMapping("/new")
    String createForm(@AuthenticationPrincipal AccountUser user, Model model) {
        requireAdmin(user);
        return form(model, AgencyForm.empty(), Map.of(), null);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") AgencyForm form,
            BindingResult result,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        requireAdmin(user);
        Map<String, String> errors = errors(form, result);
        if (!errors.isEmpty()) {
            return form(model, form, errors, null);
        }
        AgencyId id = organizations.create(form.details(), user);
        return "redirect:/manage/agencies/" + id.value() + "?saved";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, @AuthenticationPrincipal AccountUser user, Model model) {
        requireAdmin(user);
        Agency agency = organizations.get(new AgencyId(id));
        return form(model, AgencyForm.of(agency), Map.of(), agency);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") AgencyForm form,
            BindingResult result,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        requireAdmin(user);
        Agency agency = organizations.get(new AgencyId(id));
        Map<String, String> errors = errors(form, result);
        if (!errors.isEmpty()) {
            return form(model, form, errors, agency);
        }
        organizations.update(agency.id(), form.details(), user);
        return "redirect:/manage/agencies/" + id + "?saved";
    }

    @PostMapping("/{id}/staff")
    String addStaff(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String email,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        requireAdmin(user);
        Agency agency = organizations.get(new AgencyId(id));
        try {
            organizations.addStaff(agency.id(), email, user);
        } catch (InvalidInputException e) {
            model.addAttribute("email", email);
            return form(model, AgencyForm.of(agency), FormErrors.of(e, messages, locale()), agency);
        }
        return "redirect:/manage/agencies/" + id + "?saved";
    }

    @PostMapping("/{id}/staff/{userId}/delete")
    String removeStaff(@PathVariable long id, @PathVariable long userId, @AuthenticationPrincipal AccountUser user) {
        requireAdmin(user);
        organizations.removeStaff(new AgencyId(id), new UserId(userId), user);
        return "redirect:/manage/agencies/" + id + "?saved";
    }

    private String form(Model model, AgencyForm form, Map<String, String> errors, @Nullable Agency agency) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("agency", agency);
        model.addAttribute("kinds", AgencyKind.values());
        model.addAttribute("countries", Countries.CHOICES);
        model.addAttribute("staff", agency == null ? List.of() : organizations.staff(agency.id()));
        if (!model.containsAttribute("email")) {
            model.addAttribute("email", "");
        }
        return "organization/agency";
    }

    private Map<String, String> errors(AgencyForm form, BindingResult result) {
        Map<String, String> errors = new LinkedHashMap<>(FormErrors.of(result, messages, locale()));
        if (form.name().isEmpty()) {
            errors.putIfAbsent("name", messages.getMessage("org.error.name-required", null, locale()));
        }
        return errors;
    }

    private static void requireAdmin(AccountUser user) {
        if (user.role() != Role.ADMIN) {
            throw new ForbiddenException("org.error.admin-only");
        }
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
