package dev.pims.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorrectionTest {

    @Test
    void theDetailNamesTheFieldsNeverTheirValues() {
        assertThat(new Correction(List.of(CareField.JOB_TITLE, CareField.NAME)).accessDetail())
                .isEqualTo("fields changed: JOB_TITLE,NAME");
        assertThat(new Correction(List.of()).accessDetail()).isEqualTo("no field changed");
    }
}
