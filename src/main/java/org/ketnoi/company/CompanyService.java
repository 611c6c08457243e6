package org.ketnoi.company;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketnoi.account.UserId;
import org.ketnoi.audit.AuditLog;
import org.ketnoi.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering companies, their members, and reading them for other modules. */
@Service
public class CompanyService {

    private final CompanyRepository companies;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CompanyService(CompanyRepository companies, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.companies = companies;
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
        if (company.name().isEmpty()) {
            throw new InvalidInputException("name", "company.error.name-required");
        }
        if (!company.country().matches("[A-Z]{2}")) {
            throw new InvalidInputException("country", "company.error.country-invalid");
        }
        CompanyId id = companies.insert(company, clock.instant());
        companies.addMember(id, owner, CompanyRole.OWNER);
        audit.record(
                "company.company.registered",
                owner.value(),
                null,
                Map.of("companyId", id.value(), "country", company.country()));
        events.publishEvent(new CompanyRegistered(id, owner));
        return id;
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

    /** Every company, in id order: what a search index holds after a rebuild. */
    @Transactional(readOnly = true)
    public List<CompanySummary> all() {
        return companies.all();
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
}
