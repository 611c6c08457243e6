package org.ketnoi.company.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.company.CompanyId;
import org.ketnoi.company.CompanyService;
import org.ketnoi.shared.ForbiddenException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/companies")
@Tag(name = "Companies", description = "Company profiles; private contacts only for those allowed")
class CompanyApi {

    private final CompanyService companies;

    CompanyApi(CompanyService companies) {
        this.companies = companies;
    }

    @GetMapping("/{id}")
    @Operation(summary = "A company's public profile; contacts for members, admins and its events' organisers")
    CompanyJson.Response get(@PathVariable long id, @AuthenticationPrincipal @Nullable AccountUser user) {
        return CompanyJson.Response.of(companies.profile(new CompanyId(id), user));
    }

    @PostMapping
    @Operation(summary = "Create a company; the caller (a company user) becomes its owner")
    ResponseEntity<CompanyJson.Response> create(
            @Valid @RequestBody CompanyJson.Request request, @AuthenticationPrincipal @Nullable AccountUser user) {
        AccountUser actor = signedIn(user);
        CompanyId id = companies.create(request.details(), actor);
        return ResponseEntity.created(URI.create("/api/v1/companies/" + id.value()))
                .body(CompanyJson.Response.of(companies.profile(id, actor)));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a company's profile (its members)")
    CompanyJson.Response update(
            @PathVariable long id,
            @Valid @RequestBody CompanyJson.Request request,
            @AuthenticationPrincipal @Nullable AccountUser user) {
        AccountUser actor = signedIn(user);
        companies.update(new CompanyId(id), request.details(), actor);
        return CompanyJson.Response.of(companies.profile(new CompanyId(id), actor));
    }

    /** The security chain already answers 401 to anonymous writes; this keeps the types honest. */
    private static AccountUser signedIn(@Nullable AccountUser user) {
        if (user == null) {
            throw new ForbiddenException("api.problem.forbidden");
        }
        return user;
    }
}
