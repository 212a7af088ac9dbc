package org.supervision.task.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Bodies of the notice actions. None carries a state, an issuer or a responder: those follow from
 * the action and the token, so a client cannot set them (mass assignment). PostgreSQL text cannot
 * hold U+0000, so that one character is refused; every other character is kept as sent.
 */
public final class NoticeRequests {

    private NoticeRequests() {
    }

    public record Issue(@NotBlank @Size(max = 64) String unitCode,
                        @NotEmpty @Size(max = 100) List<@NotNull UUID> assignmentIds,
                        @NotBlank @Size(max = 200) String title,
                        @NotBlank @Size(max = 10000) String body,
                        @NotNull LocalDate respondBy) {
    }

    public record Response(@NotBlank @Size(max = 10000) String text) {
    }

    public record Close(@NotBlank @Size(max = 2000) String note) {
    }
}
