package org.supervision.notification.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record WebhookRequest(
        @Schema(description = "who receives", examples = "市短信平台") @NotBlank @Size(max = 200) String name,
        @Schema(description = "https URL that receives the POSTs; its host must resolve to public addresses "
                + "(supervision.webhooks.allowed-hosts names exceptions)") @NotBlank @Size(max = 2000)
        @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL") String url,
        @Schema(description = "shared secret for the HMAC-SHA256 signature; generated when omitted")
        @Size(min = 16, max = 200) String secret) {

    @Override
    public String toString() {
        return "WebhookRequest[" + name + "]";
    }
}
