package dev.pims.rights.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the tables of a member's data into one ZIP (java.util.zip): for each, {@code name.json} (as the given function
 * writes it) and {@code name.csv}, both UTF-8; the
 * CSV files begin with a byte order mark, so that spreadsheet programs read Korean text right (as every CSV download
 * of PIMS does).
 */
final class MyDataZip {

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private MyDataZip() {}

    static byte[] of(List<DataTable> tables, Function<DataTable, String> json) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (DataTable table : tables) {
                entry(zip, table.name() + ".json", json.apply(table).getBytes(StandardCharsets.UTF_8));
                byte[] csv = table.csv().getBytes(StandardCharsets.UTF_8);
                byte[] withMark = new byte[BYTE_ORDER_MARK.length + csv.length];
                System.arraycopy(BYTE_ORDER_MARK, 0, withMark, 0, BYTE_ORDER_MARK.length);
                System.arraycopy(csv, 0, withMark, BYTE_ORDER_MARK.length, csv.length);
                entry(zip, table.name() + ".csv", withMark);
            }
        } catch (IOException impossible) {
            // A ZIP written into memory has nowhere to fail.
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
