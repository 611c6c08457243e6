package org.ketnoi.company;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountService;
import org.ketnoi.account.AccountUser;
import org.ketnoi.account.Role;
import org.ketnoi.account.UserId;
import org.ketnoi.audit.AuditLog;
import org.ketnoi.shared.ConflictException;
import org.ketnoi.shared.ForbiddenException;
import org.ketnoi.shared.InvalidInputException;
import org.ketnoi.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company module's public API: registering companies, their profiles, members, logo and the
 * verified flag. Every change is checked, audited in the same transaction; private contacts are
 * only returned to readers {@link CompanyAccess} allows.
 */
@Service
public class CompanyService {

    private final CompanyRepository companies;
    private final CompanyMemberRepository members;
    private final CompanyRules rules;
    private final CompanyAccess access;
    private final AccountService accounts;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CompanyService(
            CompanyRepository companies,
            CompanyMemberRepository members,
            CompanyRules rules,
            CompanyAccess access,
            AccountService accounts,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.companies = companies;
        this.members = members;
        this.rules = rules;
        this.access = access;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Registers a company with the given user as its owner.
     *
     * @throws InvalidInputException if the name is empty in every language or the country is not an
     *     ISO 3166-1 alpha-2 code
     */
    @Transactional
    public CompanyId register(NewCompany company, UserId owner) {
        return insert(CompanyDetails.of(company), owner);
    }

    /**
     * Creates a company with a full profile; the creator becomes its owner.
     *
     * @throws ForbiddenException unless the creator is a company user or an admin
     * @throws InvalidInputException when a field breaks a rule (the exception names it)
     */
    @Transactional
    public CompanyId create(CompanyDetails company, AccountUser creator) {
        if (!creator.is(Role.COMPANY) && !creator.is(Role.ADMIN)) {
            throw new ForbiddenException("company.error.company-users-only");
        }
        return insert(company, creator.id());
    }

    /**
     * Creates a company without members, kept by organisers until a representative claims it: what an
     * organiser's import of an agency's list creates. Organisers of an event the company is registered
     * for (and admins) may then edit it ({@link #canActFor}).
     *
     * @throws ForbiddenException unless the creator is an organiser or an admin
     * @throws InvalidInputException when a field breaks a rule (the exception names it)
     */
    @Transactional
    public CompanyId createUnclaimed(CompanyDetails company, AccountUser creator) {
        if (!creator.is(Role.ORGANISER) && !creator.is(Role.ADMIN)) {
            throw new ForbiddenException("company.error.organisers-only");
        }
        rules.check(company);
        checkTaxCode(company, null);
        CompanyId id = companies.insert(company, clock.instant());
        audit.record(
                "company.company.registered",
                creator.id().value(),
                null,
                Map.of("companyId", id.value(), "country", company.country(), "unclaimed", true));
        events.publishEvent(new CompanyUpdated(id));
        return id;
    }

    /** The company holding that tax code (compared exactly, after trimming). */
    @Transactional(readOnly = true)
    public Optional<CompanyId> findByTaxCode(String taxCode) {
        return companies.withTaxCode(taxCode.strip());
    }

    /** The companies whose contact e-mail is that address (ignoring case), in id order. */
    @Transactional(readOnly = true)
    public List<CompanyId> findByContactEmail(String email) {
        return companies.withContactEmail(email.strip());
    }

    /**
     * Whether the user acts for the company: a member, or, while no representative has claimed it, an
     * organiser who may see its contacts (an organiser of an event it is registered for).
     */
    @Transactional(readOnly = true)
    public boolean canActFor(CompanyId id, @Nullable AccountUser user) {
        if (user == null) {
            return false;
        }
        if (isMember(user.id(), id)) {
            return true;
        }
        return user.is(Role.ORGANISER) && !companies.hasMembers(id) && access.canSeeContacts(id, user);
    }

    private CompanyId insert(CompanyDetails company, UserId owner) {
        rules.check(company);
        checkTaxCode(company, null);
        CompanyId id = companies.insert(company, clock.instant());
        members.add(id, owner, CompanyRole.OWNER);
        audit.record(
                "company.company.registered",
                owner.value(),
                null,
                Map.of("companyId", id.value(), "country", company.country()));
        events.publishEvent(new CompanyRegistered(id, owner));
        return id;
    }

    /**
     * Replaces the profile. Members only.
     *
     * @throws NotFoundException when the company does not exist
     */
    @Transactional
    public void update(CompanyId id, CompanyDetails company, AccountUser actor) {
        requireMember(id, actor);
        rules.check(company);
        checkTaxCode(company, id);
        companies.update(id, company, clock.instant());
        audit.record("company.profile.updated", actor.id().value(), null, Map.of("companyId", id.value()));
        events.publishEvent(new CompanyUpdated(id));
    }

    private void checkTaxCode(CompanyDetails company, @Nullable CompanyId self) {
        if (company.taxCode() == null) {
            return;
        }
        Optional<CompanyId> holder = companies.withTaxCode(company.taxCode());
        if (holder.isPresent() && !holder.get().equals(self)) {
            throw new InvalidInputException("taxCode", "company.error.tax-code-taken");
        }
    }

    /**
     * The profile as the reader may see it: contacts only for members, admins and readers a {@link
     * ContactAccessGrant} lets in.
     *
     * @throws NotFoundException when the company does not exist
     */
    @Transactional(readOnly = true)
    public CompanyProfile profile(CompanyId id, @Nullable AccountUser reader) {
        CompanyRepository.Stored stored = companies.findDetails(id).orElseThrow(CompanyService::notFound);
        return new CompanyProfile(
                id, stored.details(), stored.verified(), stored.hasLogo(), access.canSeeContacts(id, reader));
    }

    @Transactional(readOnly = true)
    public Optional<CompanySummary> find(CompanyId id) {
        return companies.find(id);
    }

    /** The companies among {@code ids} that exist, in id order. */
    @Transactional(readOnly = true)
    public List<CompanySummary> findAll(Collection<CompanyId> ids) {
        return companies.findAll(ids);
    }

    /**
     * The companies among {@code ids} without members (imported, not claimed yet): organisers offer
     * to invite their representative.
     */
    @Transactional(readOnly = true)
    public Set<CompanyId> withoutMembers(Collection<CompanyId> ids) {
        return companies.withoutMembers(ids);
    }

    /** Every company, in id order: what a search index holds after a rebuild. */
    @Transactional(readOnly = true)
    public List<CompanySummary> all() {
        return companies.all();
    }

    /**
     * Every company's profile as an anonymous reader sees it (no contacts, no logo flag), in id order:
     * what a search index needs to rebuild.
     */
    @Transactional(readOnly = true)
    public List<CompanyProfile> publicProfiles() {
        return companies.allProfiles();
    }

    /** The company's profile as an anonymous reader sees it (contacts hidden), empty when missing. */
    @Transactional(readOnly = true)
    public Optional<CompanyProfile> publicProfile(CompanyId id) {
        return companies
                .findDetails(id)
                .map(stored -> new CompanyProfile(id, stored.details(), stored.verified(), stored.hasLogo(), false));
    }

    /** The companies the user represents. */
    @Transactional(readOnly = true)
    public List<CompanySummary> companiesOf(UserId user) {
        return companies.ofMember(user);
    }

    /** The user's role in the company, empty if they do not represent it. */
    @Transactional(readOnly = true)
    public Optional<CompanyRole> roleOf(UserId user, CompanyId company) {
        return companies.roleOf(user, company);
    }

    @Transactional(readOnly = true)
    public boolean isMember(UserId user, CompanyId company) {
        return roleOf(user, company).isPresent();
    }

    /** The users who represent the company, for notifying them; not for showing to anyone. */
    @Transactional(readOnly = true)
    public List<UserId> representatives(CompanyId id) {
        return members.members(id).stream().map(CompanyMember::user).toList();
    }

    /** The company's members, for its members and admins. */
    @Transactional(readOnly = true)
    public List<CompanyMember> members(CompanyId id, AccountUser reader) {
        if (!reader.is(Role.ADMIN)) {
            requireMember(id, reader);
        }
        return members.members(id);
    }

    /**
     * Adds an existing user by e-mail. Owners only.
     *
     * @throws InvalidInputException on {@code email} when no user has it or they already are a member
     */
    @Transactional
    public void addMember(CompanyId id, String email, CompanyRole role, AccountUser actor) {
        requireOwner(id, actor);
        AccountUser user = accounts.findByEmail(email.strip())
                .orElseThrow(() -> new InvalidInputException("email", "company.error.user-unknown"));
        if (isMember(user.id(), id)) {
            throw new InvalidInputException("email", "company.error.already-member");
        }
        members.add(id, user.id(), role);
        audit.record(
                "company.member.added",
                actor.id().value(),
                null,
                Map.of("companyId", id.value(), "userId", user.id().value(), "role", role.name()));
    }

    /**
     * Removes a member. Owners only.
     *
     * @throws ConflictException when it would leave the company without an owner
     */
    @Transactional
    public void removeMember(CompanyId id, UserId user, AccountUser actor) {
        requireOwner(id, actor);
        List<CompanyMember> current = members.members(id);
        CompanyMember member = current.stream()
                .filter(m -> m.user().equals(user))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("company.error.member-not-found"));
        long owners =
                current.stream().filter(m -> m.role() == CompanyRole.OWNER).count();
        if (member.role() == CompanyRole.OWNER && owners == 1) {
            throw new ConflictException("company.error.last-owner");
        }
        members.remove(id, user);
        audit.record(
                "company.member.removed",
                actor.id().value(),
                null,
                Map.of("companyId", id.value(), "userId", user.value()));
    }

    /**
     * Marks the company verified (or not). Organisers and admins only.
     *
     * @throws ForbiddenException for anyone else
     */
    @Transactional
    public void setVerified(CompanyId id, boolean verified, AccountUser actor) {
        if (!actor.is(Role.ORGANISER) && !actor.is(Role.ADMIN)) {
            throw new ForbiddenException("company.error.organisers-only");
        }
        companies.find(id).orElseThrow(CompanyService::notFound);
        companies.setVerified(id, verified, clock.instant());
        audit.record(
                verified ? "company.company.verified" : "company.company.unverified",
                actor.id().value(),
                null,
                Map.of("companyId", id.value()));
    }

    /**
     * Stores a new logo. Members only.
     *
     * @throws InvalidInputException on {@code logo} unless it is a PNG or JPEG of at most 512 KB
     */
    @Transactional
    public void setLogo(CompanyId id, byte[] image, AccountUser actor) {
        requireMember(id, actor);
        CompanyLogo logo = CompanyRules.logo(image);
        members.saveLogo(id, logo, clock.instant());
        audit.record(
                "company.logo.updated",
                actor.id().value(),
                null,
                Map.of("companyId", id.value(), "bytes", image.length));
    }

    /** The company's logo, public like the profile. */
    @Transactional(readOnly = true)
    public Optional<CompanyLogo> logo(CompanyId id) {
        return members.logo(id);
    }

    /** Whether the user may edit the profile: admins and those who {@link #canActFor act for} it. */
    @Transactional(readOnly = true)
    public boolean canEdit(CompanyId id, @Nullable AccountUser user) {
        return user != null && (user.is(Role.ADMIN) || canActFor(id, user));
    }

    private void requireMember(CompanyId id, AccountUser actor) {
        companies.find(id).orElseThrow(CompanyService::notFound);
        if (!canEdit(id, actor)) {
            throw new ForbiddenException("company.error.members-only");
        }
    }

    private void requireOwner(CompanyId id, AccountUser actor) {
        companies.find(id).orElseThrow(CompanyService::notFound);
        if (!actor.is(Role.ADMIN)
                && roleOf(actor.id(), id).filter(CompanyRole.OWNER::equals).isEmpty()) {
            throw new ForbiddenException("company.error.owners-only");
        }
    }

    private static NotFoundException notFound() {
        return new NotFoundException("company.error.not-found");
    }
}
