package org.ketnoi.company.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.company.CompanyClaims;
import org.ketnoi.company.CompanyId;
import org.ketnoi.company.CompanyInvitation;
import org.ketnoi.company.CompanyRole;
import org.ketnoi.i18n.Language;
import org.ketnoi.shared.ForbiddenException;
import org.ketnoi.shared.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Company claims", description = "Inviting a representative to take over a company without members")
class CompanyInvitationApi {

    private final CompanyClaims claims;

    CompanyInvitationApi(CompanyClaims claims) {
        this.claims = claims;
    }

    /** @param language vi, zh-CN or en: the mail's language when the e-mail has no account yet */
    record InvitationRequest(
            @NotBlank @Size(max = 254) String email,
            @Nullable String language) {}

    record InvitationJson(
            long id, long companyId, String email, String language, Instant createdAt, Instant expiresAt) {

        static InvitationJson of(CompanyInvitation invitation) {
            return new InvitationJson(
                    invitation.id(),
                    invitation.company().value(),
                    invitation.email(),
                    invitation.language().tag(),
                    invitation.createdAt(),
                    invitation.expiresAt());
        }
    }

    record ClaimRequest(@NotBlank @Size(max = 200) String token) {}

    record ClaimJson(long companyId, CompanyRole role) {}

    @PostMapping("/api/v1/companies/{id}/invitations")
    @Operation(
            summary = "Invite a representative by e-mail to claim a company without members (its events'"
                    + " organisers, admins)")
    ResponseEntity<InvitationJson> invite(
            @PathVariable long id,
            @Valid @RequestBody InvitationRequest request,
            @AuthenticationPrincipal @Nullable AccountUser user) {
        Language language = Language.DEFAULT;
        if (request.language() != null && !request.language().isBlank()) {
            language = Language.fromTag(request.language())
                    .orElseThrow(() -> new InvalidInputException("language", "company.claim.error.language"));
        }
        CompanyInvitation invitation = claims.invite(new CompanyId(id), request.email(), language, signedIn(user));
        return ResponseEntity.created(URI.create("/api/v1/companies/" + id + "/invitations"))
                .body(InvitationJson.of(invitation));
    }

    @GetMapping("/api/v1/companies/{id}/invitations")
    @Operation(summary = "The open invitations of a company without members (its events' organisers, admins)")
    List<InvitationJson> open(@PathVariable long id, @AuthenticationPrincipal @Nullable AccountUser user) {
        return claims.open(new CompanyId(id), signedIn(user)).stream()
                .map(InvitationJson::of)
                .toList();
    }

    @PostMapping("/api/v1/companies/claims")
    @Operation(summary = "Accept an invitation: the caller, signed in with the invited e-mail, becomes the owner")
    ClaimJson claim(@Valid @RequestBody ClaimRequest request, @AuthenticationPrincipal @Nullable AccountUser user) {
        CompanyId company = claims.accept(request.token(), signedIn(user));
        return new ClaimJson(company.value(), CompanyRole.OWNER);
    }

    /** The security chain already answers 401 to anonymous calls; this keeps the types honest. */
    private static AccountUser signedIn(@Nullable AccountUser user) {
        if (user == null) {
            throw new ForbiddenException("api.problem.forbidden");
        }
        return user;
    }
}
