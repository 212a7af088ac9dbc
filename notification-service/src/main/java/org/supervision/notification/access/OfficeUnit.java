package org.supervision.notification.access;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The supervision office's own inbox is addressed like a unit's, to a configured code (the 督查室's code in the
 * unit directory, or the default): what waits for the office lands there, supervisors and admins read it with
 * {@code GET /api/v1/inbox?unitCode=<code>} and mark its items read.
 */
@ApplicationScoped
public class OfficeUnit {

    private final String code;

    public OfficeUnit(@ConfigProperty(name = "supervision.office.unit-code", defaultValue = "SUPERVISION-OFFICE") String code) {
        this.code = code.strip();
    }

    public String code() {
        return code;
    }
}
