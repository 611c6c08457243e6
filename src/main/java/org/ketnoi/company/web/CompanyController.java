package org.ketnoi.company.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.account.Role;
import org.ketnoi.account.UserId;
import org.ketnoi.company.CompanyId;
import org.ketnoi.company.CompanyLogo;
import org.ketnoi.company.CompanyRole;
import org.ketnoi.company.CompanyService;
import org.ketnoi.shared.ForbiddenException;
import org.ketnoi.shared.FormErrors;
import org.ketnoi.shared.InvalidInputException;
import org.ketnoi.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Company pages: create, public profile, edit with members and logo, my companies. */
@Controller
class CompanyController {

    private final CompanyService companies;
    private final CompanyPage page;
    private final MessageSource messages;

    CompanyController(CompanyService companies, CompanyPage page, MessageSource messages) {
        this.companies = companies;
        this.page = page;
        this.messages = messages;
    }

    @GetMapping("/my/companies")
    String mine(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("companies", companies.companiesOf(user.id()));
        model.addAttribute("canCreate", mayCreate(user));
        return "company/my";
    }

    @GetMapping("/companies/new")
    String createForm(@AuthenticationPrincipal AccountUser user, Model model) {
        requireCreator(user);
        return page.form(model, CompanyForm.empty(), Map.of(), null, null);
    }

    @PostMapping("/companies")
    String create(
            @Valid @ModelAttribute("form") CompanyForm form,
            BindingResult result,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        requireCreator(user);
        if (result.hasErrors()) {
            return page.form(model, form, FormErrors.of(result, messages, LocaleContextHolder.getLocale()), null, null);
        }
        try {
            CompanyId id = companies.create(form.details(), user);
            return "redirect:/companies/" + id.value();
        } catch (InvalidInputException e) {
            return page.form(model, form, errors(e), null, null);
        }
    }

    @GetMapping("/companies/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal @Nullable AccountUser user, Model model) {
        return page.profile(model, new CompanyId(id), user);
    }

    @GetMapping("/companies/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal AccountUser user, Model model) {
        CompanyId company = editable(id, user);
        CompanyForm form = CompanyForm.of(companies.profile(company, user).details());
        return page.form(model, form, Map.of(), company, user);
    }

    @PostMapping("/companies/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") CompanyForm form,
            BindingResult result,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        CompanyId company = editable(id, user);
        if (result.hasErrors()) {
            return page.form(
                    model, form, FormErrors.of(result, messages, LocaleContextHolder.getLocale()), company, user);
        }
        try {
            companies.update(company, form.details(), user);
            return "redirect:/companies/" + id + "?saved";
        } catch (InvalidInputException e) {
            return page.form(model, form, errors(e), company, user);
        }
    }

    @PostMapping("/companies/{id}/logo")
    String uploadLogo(
            @PathVariable long id,
            @RequestParam("logo") MultipartFile file,
            @AuthenticationPrincipal AccountUser user,
            Model model)
            throws IOException {
        CompanyId company = editable(id, user);
        try {
            companies.setLogo(company, file.getBytes(), user);
            return "redirect:/companies/" + id + "?saved";
        } catch (InvalidInputException e) {
            CompanyForm form = CompanyForm.of(companies.profile(company, user).details());
            return page.form(model, form, errors(e), company, user);
        }
    }

    @GetMapping("/companies/{id}/logo")
    ResponseEntity<byte[]> logo(@PathVariable long id) {
        CompanyLogo logo =
                companies.logo(new CompanyId(id)).orElseThrow(() -> new NotFoundException("company.error.no-logo"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(logo.contentType()))
                .contentLength(logo.bytes().length)
                .cacheControl(CacheControl.noCache())
                .header("Content-Disposition", "inline")
                .body(logo.bytes());
    }

    @PostMapping("/companies/{id}/members")
    String addMember(
            @PathVariable long id,
            @RequestParam String email,
            @RequestParam(defaultValue = "MEMBER") CompanyRole role,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        CompanyId company = editable(id, user);
        try {
            companies.addMember(company, email, role, user);
            return "redirect:/companies/" + id + "/edit";
        } catch (InvalidInputException e) {
            CompanyForm form = CompanyForm.of(companies.profile(company, user).details());
            return page.form(model, form, errors(e), company, user);
        }
    }

    @PostMapping("/companies/{id}/members/{userId}/remove")
    String removeMember(@PathVariable long id, @PathVariable long userId, @AuthenticationPrincipal AccountUser user) {
        companies.removeMember(new CompanyId(id), new UserId(userId), user);
        return "redirect:/companies/" + id + "/edit";
    }

    @PostMapping("/companies/{id}/verified")
    String verify(@PathVariable long id, @RequestParam boolean verified, @AuthenticationPrincipal AccountUser user) {
        companies.setVerified(new CompanyId(id), verified, user);
        return "redirect:/companies/" + id;
    }

    private CompanyId editable(long id, AccountUser user) {
        CompanyId company = new CompanyId(id);
        companies.find(company).orElseThrow(() -> new NotFoundException("company.error.not-found"));
        if (!companies.canEdit(company, user)) {
            throw new ForbiddenException("company.error.members-only");
        }
        return company;
    }

    private static boolean mayCreate(AccountUser user) {
        return user.is(Role.COMPANY) || user.is(Role.ADMIN);
    }

    private static void requireCreator(AccountUser user) {
        if (!mayCreate(user)) {
            throw new ForbiddenException("company.error.company-users-only");
        }
    }

    private Map<String, String> errors(InvalidInputException e) {
        return FormErrors.of(e, messages, LocaleContextHolder.getLocale());
    }
}
