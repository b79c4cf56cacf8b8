package dev.pims.mail;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A mail whose text its kind's {@link MailTemplate} makes when it is sent: the outbox keeps the language and the
 * values. A value may not hold the unit separator (U+001F), which separates the values in the outbox.
 *
 * @param language the recipient's language tag, e.g. {@code ko}
 * @param values what the text needs, in the order the template reads them
 * @param memberId the member it is sent to, if it is sent to one: the data subject when it is destroyed
 */
public record TemplatedMail(
        @NotNull MailKind kind,
        @NotBlank @Email @Size(max = 254) String recipient,
        @NotBlank @Size(max = 35) String language,
        @NotNull @Size(min = 1, max = 8) List<@NotNull @Size(max = 240) @Pattern(regexp = "[^\\x{1F}]*") String> values,
        Long memberId) {}
