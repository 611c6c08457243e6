package org.ketnoi.organization;

import org.ketnoi.shared.NotFoundException;

public class AgencyNotFoundException extends NotFoundException {

    AgencyNotFoundException(AgencyId id) {
        super("org.error.not-found", id.value());
    }
}
