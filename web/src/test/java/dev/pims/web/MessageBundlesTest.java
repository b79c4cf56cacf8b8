package dev.pims.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.dormancy.DormancyNotices;
import dev.pims.dormancy.DormancyOverview;
import dev.pims.jobs.JobOutcome;
import dev.pims.membership.MemberStanding;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every label is in Korean and in English (STYLE.md), and the labels that pages make up from a value's name exist for
 * every value, so that a new standing or job outcome cannot show as a missing key.
 */
class MessageBundlesTest {

    private static Properties bundle(String name) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/dev/pims/web/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    @Test
    void theKoreanAndTheEnglishBundleHaveTheSameKeys() throws IOException {
        Set<String> english = new TreeSet<>(bundle("messages").stringPropertyNames());
        Set<String> korean = new TreeSet<>(bundle("messages_ko").stringPropertyNames());

        assertThat(korean).containsExactlyElementsOf(english);
    }

    @Test
    void theDormancyPageHasALabelForEveryStandingOutcomeAndJob() throws IOException {
        List<String> keys = new ArrayList<>();
        for (MemberStanding standing : MemberStanding.values()) {
            if (standing != MemberStanding.UNKNOWN) {
                keys.add("dormancy.standing." + standing);
            }
        }
        for (JobOutcome outcome : JobOutcome.values()) {
            keys.add("dormancy.outcome." + outcome);
            if (outcome != JobOutcome.RUNNING) {
                keys.add("dormancy.latest." + outcome);
            }
        }
        keys.add("dormancy.runs." + DormancyNotices.JOB);
        keys.add("dormancy.runs." + DormancyOverview.SEPARATION_JOB);
        for (String name : List.of("messages", "messages_ko")) {
            assertThat(bundle(name).stringPropertyNames()).as(name).containsAll(keys);
        }
    }
}
