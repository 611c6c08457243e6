package org.ketnoi.organization;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.ketnoi.account.AccountService;
import org.ketnoi.account.AccountUser;
import org.ketnoi.account.Role;
import org.ketnoi.account.UserId;
import org.ketnoi.audit.AuditLog;
import org.ketnoi.i18n.Language;
import org.ketnoi.shared.ForbiddenException;
import org.ketnoi.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Agencies and their staff. Only platform admins change them; anyone may read them. */
@Service
public class OrganizationService {

    private final AgencyRepository agencies;
    private final AccountService accounts;
    private final AuditLog audit;
    private final Clock clock;

    OrganizationService(AgencyRepository agencies, AccountService accounts, AuditLog audit, Clock clock) {
        this.agencies = agencies;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates an agency.
     *
     * @throws ForbiddenException unless the actor is an admin
     */
    @Transactional
    public AgencyId create(AgencyDetails details, AccountUser actor) {
        requireAdmin(actor);
        AgencyId id = agencies.insert(details, clock.instant());
        audit.record(
                "org.agency.created", actor.id().value(), null, Map.of("agencyId", id.value(), "name", name(details)));
        return id;
    }

    /** Changes an agency's name, kind and place; admins only. */
    @Transactional
    public void update(AgencyId id, AgencyDetails details, AccountUser actor) {
        requireAdmin(actor);
        get(id);
        agencies.update(id, details);
        audit.record(
                "org.agency.updated", actor.id().value(), null, Map.of("agencyId", id.value(), "name", name(details)));
    }

    /**
     * Makes an existing user staff of an agency, and an organiser if they were a company user.
     *
     * @throws InvalidInputException on field {@code email} when no user has that e-mail
     */
    @Transactional
    public void addStaff(AgencyId id, String email, AccountUser actor) {
        requireAdmin(actor);
        get(id);
        AccountUser user = accounts.findByEmail(email)
                .orElseThrow(() -> new InvalidInputException("email", "org.error.no-such-user"));
        if (user.role() == Role.COMPANY) {
            accounts.changeRole(user.id(), Role.ORGANISER, actor.id());
        }
        if (!agencies.isStaff(user.id(), id)) {
            agencies.addStaff(id, user.id());
            audit.record(
                    "org.staff.added",
                    actor.id().value(),
                    null,
                    Map.of("agencyId", id.value(), "userId", user.id().value()));
        }
    }

    @Transactional
    public void removeStaff(AgencyId id, UserId user, AccountUser actor) {
        requireAdmin(actor);
        if (agencies.removeStaff(id, user)) {
            audit.record(
                    "org.staff.removed",
                    actor.id().value(),
                    null,
                    Map.of("agencyId", id.value(), "userId", user.value()));
        }
    }

    /** @throws AgencyNotFoundException when there is no such agency */
    @Transactional(readOnly = true)
    public Agency get(AgencyId id) {
        return agencies.find(id).orElseThrow(() -> new AgencyNotFoundException(id));
    }

    @Transactional(readOnly = true)
    public List<Agency> all() {
        return agencies.findAll();
    }

    /** The agencies with those ids that exist, ordered by id. */
    @Transactional(readOnly = true)
    public List<Agency> all(Collection<AgencyId> ids) {
        return agencies.findAll(ids);
    }

    /** The agencies the user works for. */
    @Transactional(readOnly = true)
    public List<Agency> agenciesOf(UserId user) {
        return agencies.findByStaff(user);
    }

    @Transactional(readOnly = true)
    public boolean isStaff(UserId user, AgencyId agency) {
        return agencies.isStaff(user, agency);
    }

    /** The staff of an agency, as accounts (for the admin page). */
    @Transactional(readOnly = true)
    public List<AccountUser> staff(AgencyId id) {
        return agencies.staff(id).stream()
                .flatMap(user -> accounts.find(user).stream())
                .toList();
    }

    private static void requireAdmin(AccountUser actor) {
        if (actor.role() != Role.ADMIN) {
            throw new ForbiddenException("org.error.admin-only");
        }
    }

    private static String name(AgencyDetails details) {
        return details.name().in(Language.VI);
    }
}
