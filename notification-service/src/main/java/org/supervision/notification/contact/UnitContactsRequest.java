package org.supervision.notification.contact;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A unit's mail addresses: officers get every reminder, leaders the escalations. With
 * {@code digest} the officers get one mail a day listing the day's reminders and notices instead of
 * one mail per item (the inbox and webhooks are told at once either way; escalations to leaders
 * are not held back).
 */
public record UnitContactsRequest(
        @Schema(description = "addresses of the unit's officers", examples = "[\"ban@fgw.qinzhou.gov.cn\"]")
        @NotNull @Size(max = 20) List<@NotBlank @Email @Size(max = 320) String> officers,
        @Schema(description = "addresses of the unit's leaders (escalations)")
        @NotNull @Size(max = 20) List<@NotBlank @Email @Size(max = 320) String> leaders,
        @Schema(description = "one mail a day (at the reminders' send time, on working days) instead of one per item; false when omitted")
        Boolean digest) {
}
