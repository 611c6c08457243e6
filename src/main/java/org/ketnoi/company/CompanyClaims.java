package org.ketnoi.company;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountService;
import org.ketnoi.account.AccountUser;
import org.ketnoi.account.Mail;
import org.ketnoi.account.Mailer;
import org.ketnoi.account.NewUser;
import org.ketnoi.account.Role;
import org.ketnoi.account.Secrets;
import org.ketnoi.account.UserId;
import org.ketnoi.audit.AuditLog;
import org.ketnoi.i18n.Language;
import org.ketnoi.shared.ConflictException;
import org.ketnoi.shared.ForbiddenException;
import org.ketnoi.shared.InvalidInputException;
import org.ketnoi.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Claiming a company that has no members (decision 12): an organiser of an event it takes part in,
 * or an admin, invites a representative by e-mail; the link makes whoever signs in with that e-mail
 * (or creates an account with it) the company's owner. Links are single-use, expire, are stored as
 * SHA-256 only, and stop working once the company has a member. Every change is audited.
 */
@Service
public class CompanyClaims {

    private static final String TOKEN_PREFIX = "ci_";
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final CompanyRepository companies;
    private final CompanyMemberRepository members;
    private final CompanyInvitationRepository invitations;
    private final CompanyService service;
    private final AccountService accounts;
    private final Mailer mailer;
    private final MessageSource messages;
    private final CompanyProperties properties;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;

    CompanyClaims(
            CompanyRepository companies,
            CompanyMemberRepository members,
            CompanyInvitationRepository invitations,
            CompanyService service,
            AccountService accounts,
            Mailer mailer,
            MessageSource messages,
            CompanyProperties properties,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${ketnoi.base-url}") String baseUrl) {
        this.companies = companies;
        this.members = members;
        this.invitations = invitations;
        this.service = service;
        this.accounts = accounts;
        this.mailer = mailer;
        this.messages = messages;
        this.properties = properties;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * Whether the user may invite a representative: the company has no members, and the user is an
     * admin or an organiser who {@link CompanyService#canActFor acts for} it.
     */
    @Transactional(readOnly = true)
    public boolean canInvite(CompanyId id, @Nullable AccountUser user) {
        return user != null
                && !companies.hasMembers(id)
                && (user.is(Role.ADMIN) || (user.is(Role.ORGANISER) && service.canActFor(id, user)));
    }

    /**
     * Sends an invitation to claim the company, in the invitee's language: their account's when the
     * e-mail has one, else {@code language}. An older open invitation to the same address stops working.
     *
     * @throws NotFoundException when the company does not exist
     * @throws ConflictException when the company already has members
     * @throws ForbiddenException unless the actor may {@link #canInvite invite}
     * @throws InvalidInputException on {@code email} when it is not an e-mail address
     */
    @Transactional
    public CompanyInvitation invite(CompanyId id, String email, Language language, AccountUser actor) {
        CompanySummary company = companies.find(id).orElseThrow(CompanyClaims::notFound);
        if (companies.hasMembers(id)) {
            throw new ConflictException("company.claim.error.claimed");
        }
        if (!canInvite(id, actor)) {
            throw new ForbiddenException("company.claim.error.not-allowed");
        }
        String address = normalise(email);
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            throw new InvalidInputException("email", "company.claim.error.email");
        }
        Language mailLanguage =
                accounts.findByEmail(address).map(AccountUser::language).orElse(language);
        Instant now = clock.instant();
        Instant expires = now.plus(properties.invitationValidity());
        String token = Secrets.random(TOKEN_PREFIX);
        invitations.revokeOpenTo(id, address, now);
        long invitation =
                invitations.insert(id, address, mailLanguage, Secrets.sha256(token), actor.id(), now, expires);
        audit.record(
                "company.invitation.sent",
                actor.id().value(),
                null,
                Map.of(
                        "companyId",
                        id.value(),
                        "invitationId",
                        invitation,
                        "email",
                        address,
                        "language",
                        mailLanguage.tag()));
        Mail mail = mail(company, address, mailLanguage, actor, token);
        // Mail only once the invitation is stored for good. The token is never stored, so the mail
        // cannot wait in the event publication registry: a lost mail is answered by inviting again.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                mailer.send(mail);
            }
        });
        return new CompanyInvitation(invitation, id, address, mailLanguage, now, expires);
    }

    /**
     * The company's open invitations, for those who may invite.
     *
     * @throws ForbiddenException for anyone else
     */
    @Transactional(readOnly = true)
    public List<CompanyInvitation> open(CompanyId id, AccountUser reader) {
        companies.find(id).orElseThrow(CompanyClaims::notFound);
        if (!canInvite(id, reader)) {
            throw new ForbiddenException("company.claim.error.not-allowed");
        }
        return invitations.open(id, clock.instant());
    }

    /** What the link shows, when it can still be accepted: not used, revoked or expired, company unclaimed. */
    @Transactional(readOnly = true)
    public Optional<ClaimInvitation> find(String token) {
        return usable(token)
                .filter(stored -> !companies.hasMembers(stored.company()))
                .flatMap(stored -> companies
                        .find(stored.company())
                        .map(company -> new ClaimInvitation(
                                stored.company(), company.name(), stored.email(), stored.language())));
    }

    /**
     * Makes the signed-in user the company's owner.
     *
     * @throws NotFoundException with {@code company.claim.error.invalid} when the link is unknown,
     *     used, revoked or expired
     * @throws ConflictException when the company has a member by now
     * @throws ForbiddenException when the user's e-mail is not the invited one, or the user is not a
     *     company user (organisers and admins do not represent companies)
     */
    @Transactional
    public CompanyId accept(String token, AccountUser user) {
        CompanyInvitationRepository.Stored invitation = usable(token).orElseThrow(CompanyClaims::invalid);
        if (!normalise(user.email()).equals(invitation.email())) {
            throw new ForbiddenException("company.claim.error.other-email", invitation.email());
        }
        if (!user.is(Role.COMPANY)) {
            throw new ForbiddenException("company.claim.error.role");
        }
        // Two links of one company accepted at once: the second waits here, then finds a member.
        invitations.lockCompany(invitation.company());
        if (companies.hasMembers(invitation.company())) {
            throw new ConflictException("company.claim.error.claimed");
        }
        Instant now = clock.instant();
        if (!invitations.use(invitation.company(), invitation.id(), user.id(), now)) {
            throw invalid();
        }
        members.add(invitation.company(), user.id(), CompanyRole.OWNER);
        invitations.revokeOpen(invitation.company(), now);
        audit.record(
                "company.invitation.accepted",
                user.id().value(),
                null,
                Map.of("companyId", invitation.company().value(), "invitationId", invitation.id()));
        events.publishEvent(new CompanyClaimed(invitation.company(), user.id()));
        return invitation.company();
    }

    /**
     * Creates a company user with the invited e-mail and makes them the owner, in one transaction:
     * when the claim fails, no account is left behind.
     *
     * @return the new user's id and the company
     * @throws NotFoundException with {@code company.claim.error.invalid} for a link that no longer works
     * @throws ConflictException when the company has a member by now, or the e-mail has an account
     *     (its owner signs in instead)
     */
    @Transactional
    public Claimed acceptAsNewUser(String token, String displayName, String password, Language language) {
        CompanyInvitationRepository.Stored invitation = usable(token).orElseThrow(CompanyClaims::invalid);
        if (accounts.findByEmail(invitation.email()).isPresent()) {
            throw new ConflictException("company.claim.error.account-exists");
        }
        UserId id =
                accounts.create(new NewUser(invitation.email(), password, displayName, Role.COMPANY, language), null);
        AccountUser user = accounts.find(id).orElseThrow();
        return new Claimed(user, accept(token, user));
    }

    /** The new owner and the company they claimed. */
    public record Claimed(AccountUser user, CompanyId company) {}

    /** Whether an account with the invited e-mail exists (the page then asks to sign in, not to sign up). */
    @Transactional(readOnly = true)
    public boolean hasAccount(ClaimInvitation invitation) {
        return accounts.findByEmail(invitation.email()).isPresent();
    }

    private Optional<CompanyInvitationRepository.Stored> usable(String token) {
        if (token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return invitations
                .findByHash(Secrets.sha256(token), clock.instant())
                .filter(CompanyInvitationRepository.Stored::usable);
    }

    private Mail mail(CompanySummary company, String to, Language language, AccountUser inviter, String token) {
        Locale locale = language.locale();
        String link = UriComponentsBuilder.fromUriString(baseUrl + "/companies/claim")
                .queryParam("token", token)
                .build()
                .toUriString();
        long days = Math.max(1, properties.invitationValidity().toDays());
        String name = company.name().in(language);
        String subject = messages.getMessage("mail.company-claim.subject", new Object[] {name}, locale);
        String body = messages.getMessage(
                "mail.company-claim.body", new Object[] {inviter.displayName(), name, link, days, to}, locale);
        return new Mail(to, subject, body);
    }

    private static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("company.error.not-found");
    }

    private static NotFoundException invalid() {
        return new NotFoundException("company.claim.error.invalid");
    }
}
