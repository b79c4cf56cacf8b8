package dev.pims.mail;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A mail to send, rendered already by the module that sends it, in the recipient's language.
 *
 * @param memberId the member it is sent to, if it is sent to one: the data subject when it is destroyed
 */
public record OutgoingMail(
        @NotNull MailKind kind,
        @NotBlank @Email @Size(max = 254) String recipient,
        @NotBlank @Size(max = 500) String subject,
        @NotNull String body,
        Long memberId) {}
