package dev.pims.rights.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class MyDataZipTest {

    @Test
    void eachTableIsAJsonAndACsvEntryTheCsvQuotedAndMarkedAsUtf8() throws IOException {
        DataTable visits = DataTable.of("visits", "visitedAt", "kind", "userAgent")
                .row("2026-12-05T10:00", "LOGIN", "Mozilla/5.0 (X11, Linux)")
                .row("2026-12-05T11:00", "LOGOUT", null)
                .build();
        DataTable provisions =
                DataTable.of("provisions", "providedAt", "recipient").build();

        Map<String, byte[]> entries =
                unzip(MyDataZip.of(List.of(visits, provisions), table -> "[" + table.name() + "]"));

        assertThat(entries).containsOnlyKeys("visits.json", "visits.csv", "provisions.json", "provisions.csv");
        assertThat(new String(entries.get("visits.json"), StandardCharsets.UTF_8))
                .isEqualTo("[visits]");
        byte[] csv = entries.get("visits.csv");
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("visitedAt,kind,userAgent\r\n"
                        + "2026-12-05T10:00,LOGIN,\"Mozilla/5.0 (X11, Linux)\"\r\n"
                        + "2026-12-05T11:00,LOGOUT,\r\n");
        assertThat(new String(entries.get("provisions.csv"), StandardCharsets.UTF_8))
                .as("an empty part keeps its columns")
                .endsWith("providedAt,recipient\r\n");
    }

    @Test
    void aRowMustHaveAFieldForEachColumn() {
        assertThatThrownBy(() -> DataTable.of("t", "a", "b").row("only one").build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
