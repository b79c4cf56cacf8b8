package dev.pims.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicUrlTest {

    @Test
    void aLinkHasNoDoubleSlash() {
        assertThat(PublicUrl.withoutTrailingSlash(" https://pims.example.com// "))
                .isEqualTo("https://pims.example.com");
    }
}
