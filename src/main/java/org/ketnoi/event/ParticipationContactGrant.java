package org.ketnoi.event;

import org.ketnoi.account.AccountUser;
import org.ketnoi.company.CompanyId;
import org.ketnoi.company.ContactAccessGrant;
import org.springframework.stereotype.Component;

/** Organisers see the private contacts of companies registered for one of their events. */
@Component
class ParticipationContactGrant implements ContactAccessGrant {

    private final ParticipationRepository participants;
    private final EventAccess access;

    ParticipationContactGrant(ParticipationRepository participants, EventAccess access) {
        this.participants = participants;
        this.access = access;
    }

    @Override
    public boolean grants(CompanyId company, AccountUser viewer) {
        return participants.registeredWithAny(company, access.agenciesOf(viewer));
    }
}
