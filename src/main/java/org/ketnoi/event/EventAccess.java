package org.ketnoi.event;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.account.Role;
import org.ketnoi.organization.AgencyId;
import org.ketnoi.organization.OrganizationService;
import org.springframework.stereotype.Component;

/**
 * Who may see and change an event: admins everything; staff of a co-organising agency their events;
 * everyone the published ones. Kept in one place so every query and page uses the same rule.
 */
@Component
class EventAccess {

    private final OrganizationService organizations;

    EventAccess(OrganizationService organizations) {
        this.organizations = organizations;
    }

    List<AgencyId> agenciesOf(@Nullable AccountUser user) {
        if (user == null) {
            return List.of();
        }
        return organizations.agenciesOf(user.id()).stream().map(a -> a.id()).toList();
    }

    boolean canManage(Event event, @Nullable AccountUser user) {
        if (user == null) {
            return false;
        }
        if (user.role() == Role.ADMIN) {
            return true;
        }
        List<AgencyId> own = agenciesOf(user);
        return event.organizers().stream().anyMatch(own::contains);
    }

    boolean canSee(Event event, @Nullable AccountUser user) {
        return event.status().isPublished() || canManage(event, user);
    }

    static boolean mayOrganise(@Nullable AccountUser user) {
        return user != null && (user.role() == Role.ADMIN || user.role() == Role.ORGANISER);
    }

    static boolean isAdmin(@Nullable AccountUser user) {
        return user != null && user.role() == Role.ADMIN;
    }
}
